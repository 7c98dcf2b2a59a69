package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * Everything a module's construct needs: the blueprint, the module, its resolved config (the one source of its
 * settings), its resolver, MDAA's names, the stack, the SSM parameters the stack reads and those every stack of
 * this synthesis publishes, where constructs came from, and where problems go.
 */
record ModuleScope(Blueprint blueprint, BlueprintModule module, ConfigValues config, Resolver resolver,
        MdaaNames names, Stack stack, SsmPlaceholders ssm, Set<String> published, ConfigLocations locations,
        List<Diagnostic> problems, SynthOptions options) {

    /** A resolved setting as text for a resource property: SSM references become parameter tokens. */
    String text(ConfigValues v) {
        String s = v.text();
        return s == null ? null : ssm.tokens(s);
    }

    /** A resolved tree (a policy document) with SSM references in its strings turned into parameter tokens. */
    Object tokens(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), tokens(v)));
            return out;
        }
        if (tree instanceof List<?> l) {
            return l.stream().map(this::tokens).toList();
        }
        return tree instanceof String s ? ssm.tokens(s) : tree;
    }

    /** One of MDAA's references written by us, such as {@code project:kmsArn/default}, as a parameter token. */
    String reference(String mdaaReference, String pointer) {
        Resolution r = resolver.resolveString(mdaaReference);
        r.problems().forEach(p -> error("SYNTH-UNRESOLVED", pointer, p.message(), ""));
        return ssm.tokens(r.string());
    }

    /** Remembers that {@code construct} (and everything below it) comes from the config entry at {@code pointer}. */
    <T extends Construct> T from(T construct, String pointer) {
        locations.put("/" + construct.getNode().getPath(), module, pointer);
        return construct;
    }

    /**
     * Publishes this module's SSM parameter {@code /<org>/<domain>/<module>/<type>/<id>/<attr>}, as MDAA does, in
     * {@code scope}, the construct of that one config entry.
     */
    void publish(Construct scope, String type, String id, String attr, String value) {
        publishAt(scope, "Ssm-" + type + "-" + attr, names.ssm(type, id, attr), value);
    }

    void publishAt(Construct scope, String constructId, String path, String value) {
        published.add(path);
        StringParameter.Builder.create(scope, constructId).parameterName(path).stringValue(value).build();
    }

    void error(String code, String pointer, String message, String hint) {
        report(Severity.ERROR, code, pointer, message, hint);
    }

    void warn(String code, String pointer, String message, String hint) {
        report(Severity.WARNING, code, pointer, message, hint);
    }

    private void report(Severity severity, String code, String pointer, String message, String hint) {
        ConfigLocations.Entry e = new ConfigLocations.Entry(module, pointer);
        var src = e.source();
        problems.add(new Diagnostic(severity, code, e.file(), src.map(x -> x.line()).orElse(0),
                src.map(x -> x.column()).orElse(0), pointer, message, hint));
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
}
