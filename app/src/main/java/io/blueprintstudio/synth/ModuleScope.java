package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Everything a module's construct needs: the blueprint, the module, its resolver, MDAA's names, the stack, the
 * stack's SSM parameters, where constructs came from, and where problems go.
 */
record ModuleScope(Blueprint blueprint, BlueprintModule module, Resolver resolver, MdaaNames names, Stack stack,
        SsmPlaceholders ssm, ConfigLocations locations, List<Diagnostic> problems, SynthOptions options) {

    /** A config string with templates resolved and SSM references turned into parameter tokens; null stays null. */
    String value(String raw, String pointer) {
        String resolved = resolved(raw, pointer);
        return resolved == null ? null : ssm.tokens(resolved);
    }

    /** A config string with templates resolved ({@code {{resolve:ssm:..}}} kept); problems reported. */
    String resolved(String raw, String pointer) {
        if (raw == null) {
            return null;
        }
        Resolution r = resolver.resolveString(raw);
        r.problems().forEach(p -> error("SYNTH-UNRESOLVED", pointer, p.message(), "define it in mdaa.yaml's context"));
        return r.string();
    }

    /** A whole config value tree, resolved. */
    Object resolvedTree(Object raw, String pointer) {
        Resolution r = resolver.resolve(raw);
        r.problems().forEach(p -> error("SYNTH-UNRESOLVED", pointer + p.pointer(), p.message(),
                "define it in mdaa.yaml's context"));
        return r.value();
    }

    /** Remembers that {@code construct} (and everything below it) comes from the config entry at {@code pointer}. */
    <T extends Construct> T from(T construct, String pointer) {
        locations.put("/" + construct.getNode().getPath(), module, pointer);
        return construct;
    }

    void error(String code, String pointer, String message, String hint) {
        ConfigLocations.Entry e = new ConfigLocations.Entry(module, pointer);
        var src = e.source();
        problems.add(new Diagnostic(Severity.ERROR, code, e.file(), src.map(s -> s.line()).orElse(0),
                src.map(s -> s.column()).orElse(0), pointer, message, hint));
    }

    /**
     * A dead-letter queue as MDAA makes them: named {@code queueId} in MDAA's scheme, encrypted with {@code key}
     * (SQS-managed without one), SSL only, messages kept 14 days.
     */
    Queue deadLetterQueue(Construct scope, String constructId, String queueId, IKey key) {
        return Queue.Builder.create(scope, constructId)
                .queueName(names.resource(queueId, MdaaNames.QUEUE))
                .encryption(key == null ? QueueEncryption.SQS_MANAGED : QueueEncryption.KMS)
                .encryptionMasterKey(key)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
    }

    String region() {
        return resolver.scope().region();
    }

    String account() {
        return resolver.scope().account();
    }
}
