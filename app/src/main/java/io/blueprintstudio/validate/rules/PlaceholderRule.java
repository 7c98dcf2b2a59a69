package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template placeholders left in, such as the seed's {@code <unique-org-name>} or {@code <your/path/to/csv>}: MDAA
 * deploys them as they are (or fails on them much later, in CloudFormation).
 */
public final class PlaceholderRule implements BlueprintRule {
    static final RuleInfo INFO = new RuleInfo("TEMPLATE-PLACEHOLDER", Severity.ERROR,
            "a template placeholder such as <unique-org-name> is still in the blueprint",
            "Replace the placeholder with the real value for your organization and environment.");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z][a-z0-9_/.-]*>");

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    /** The first placeholder in a string, if any. */
    static Optional<String> find(String s) {
        Matcher m = PLACEHOLDER.matcher(s == null ? "" : s);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    @Override
    public void check(ValidationContext ctx) {
        scan(ctx, ctx.blueprint().mdaa().raw(), ctx::locateMdaa, ctx::locateMdaaKey);
        for (BlueprintModule m : ctx.modules()) {
            scan(ctx, m.document(), p -> ctx.locate(m, p), p -> ctx.locateKey(m, p));
        }
    }

    private void scan(ValidationContext ctx, Object doc, Function<String, Optional<SourceNode>> locate,
            Function<String, Optional<SourceNode>> locateKey) {
        Walk.walk(doc, "", new Walk.Visitor() {
            @Override
            public void key(String pointer, String key) {
                find(key).ifPresent(p -> report(ctx, locateKey.apply(pointer), pointer, p, "the key"));
            }

            @Override
            public void string(String pointer, String value) {
                find(value).ifPresent(p -> report(ctx, locate.apply(pointer), pointer, p, Paths.human(pointer)));
            }
        });
    }

    private void report(ValidationContext ctx, Optional<SourceNode> at, String pointer, String placeholder,
            String what) {
        ctx.report(INFO, at, pointer, "template placeholder `" + placeholder + "` left in " + what,
                "replace `" + placeholder + "` with the real value");
    }
}
