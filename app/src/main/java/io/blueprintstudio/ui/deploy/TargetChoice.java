package io.blueprintstudio.ui.deploy;

import io.blueprintstudio.aws.AwsTarget;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Supplier;

/** The target form's values and how they make an {@link AwsTarget}. */
final class TargetChoice {
    /** Where to deploy. */
    enum Kind {
        PROFILE("AWS profile"), ENDPOINT("Local endpoint"), SANDBOX("Local sandbox");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private TargetChoice() {
    }

    /** The target, or an {@link IllegalArgumentException} saying which field is wrong. */
    static AwsTarget build(Kind kind, String profile, String region, String endpoint, Supplier<AwsTarget> sandbox) {
        return switch (kind) {
            case PROFILE -> profile == null || profile.isBlank() ? AwsTarget.defaultChain(region)
                    : AwsTarget.profile(profile.trim(), region);
            case ENDPOINT -> AwsTarget.endpoint(endpointUri(endpoint), region);
            case SANDBOX -> {
                if (sandbox == null) {
                    throw new IllegalArgumentException("the local sandbox is not available in this build");
                }
                yield sandbox.get();
            }
        };
    }

    private static URI endpointUri(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Endpoint: enter the emulator's URL, e.g. http://127.0.0.1:4566");
        }
        try {
            URI uri = new URI(text.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("Endpoint: " + text + " is not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Endpoint: " + text + " is not a URL (" + e.getReason() + ")");
        }
    }
}
