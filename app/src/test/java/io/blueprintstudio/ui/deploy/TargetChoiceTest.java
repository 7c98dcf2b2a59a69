package io.blueprintstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blueprintstudio.aws.AwsTarget;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Deploy screen's target form: what each choice makes, and errors that name the field. */
class TargetChoiceTest {
    @Test
    void endpointChoiceMakesALocalTargetInTheEmulatorRegion() {
        AwsTarget t = TargetChoice.build(TargetChoice.Kind.ENDPOINT, "ignored", "", " http://127.0.0.1:4566 ", null);
        assertEquals(AwsTarget.endpoint(URI.create("http://127.0.0.1:4566"), null), t);
        assertEquals("us-east-1", t.resolvedRegion());
    }

    @Test
    void blankProfileMeansTheDefaultChain() {
        assertEquals(AwsTarget.defaultChain("eu-west-1"),
                TargetChoice.build(TargetChoice.Kind.PROFILE, " ", "eu-west-1", "", null));
        assertEquals(AwsTarget.profile("dev-sso", null),
                TargetChoice.build(TargetChoice.Kind.PROFILE, "dev-sso", "", "", null));
    }

    @Test
    void rejectsEndpointWithoutSchemeNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TargetChoice.build(TargetChoice.Kind.ENDPOINT, "", "", "localhost:4566", null));
        assertEquals("Endpoint: localhost:4566 is not an http(s) URL with a host", e.getMessage());
    }

    @Test
    void sandboxComesFromTheHookOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> TargetChoice.build(TargetChoice.Kind.SANDBOX, "", "", "", null));
        AwsTarget sandbox = AwsTarget.endpoint(URI.create("http://127.0.0.1:4999"), null);
        assertEquals(sandbox, TargetChoice.build(TargetChoice.Kind.SANDBOX, "", "", "", () -> sandbox));
    }
}
