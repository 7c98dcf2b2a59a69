package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.S3KeyPrefix;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Map;

/**
 * A destination prefix inside a source prefix of the same bucket: every Parquet file the Lambda writes is itself an
 * "Object Created" event under the watched prefix, and starts another execution. MDAA never looks at this.
 */
public final class PrefixLoopRule implements BlueprintRule {
    static final RuleInfo INFO = new RuleInfo("S3-PREFIX-LOOP", Severity.ERROR,
            "the Lambda writes its output where the state machine's S3 trigger watches",
            "Move DEST_PREFIX (or the destination bucket) outside the source prefix, e.g. a sibling folder.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(ValidationContext ctx) {
        for (Flows.Flow flow : Flows.of(ctx)) {
            for (Topology.Function f : flow.functions()) {
                String p = f.function().pointer() + "/environment";
                Map<?, ?> env = Walk.map(ctx.resolvedAt(f.module(), p));
                String bucket = Walk.str(env.get("DEST_BUCKET_NAME"));
                String prefix = Walk.str(env.get("DEST_PREFIX"));
                if (bucket == null || prefix == null || Walk.unresolved(bucket) || Walk.unresolved(prefix)) {
                    continue;
                }
                String dest = S3KeyPrefix.of(prefix);
                for (Flows.Source s : flow.sources()) {
                    if (s.bucket().equals(bucket) && dest.startsWith(s.prefix())) {
                        ctx.report(INFO, ctx.locate(f.module(), p + "/DEST_PREFIX"), p + "/DEST_PREFIX",
                                "function `" + f.function().functionName() + "` writes to s3://" + bucket + "/"
                                        + dest + ", inside s3://" + s.bucket() + "/" + s.prefix()
                                        + " that starts state machine `" + flow.name()
                                        + "`: every output starts a new execution",
                                INFO.help());
                    }
                }
            }
        }
    }
}
