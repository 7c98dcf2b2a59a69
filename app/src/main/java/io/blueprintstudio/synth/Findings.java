package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * The assembly's error and warning annotations (cdk-nag's findings, the CDK's own warnings) as diagnostics at the
 * config entry that made the resource.
 */
final class Findings {
    private Findings() {
    }

    static List<Diagnostic> of(CloudAssembly assembly, ConfigLocations locations, String fallbackFile) {
        List<Diagnostic> out = new ArrayList<>();
        for (CloudFormationStackArtifact stack : assembly.getStacks()) {
            for (SynthesisMessage m : stack.getMessages()) {
                if (m.getLevel() == SynthesisMessageLevel.INFO) {
                    continue;
                }
                out.add(diagnostic(m, locations, fallbackFile));
            }
        }
        return out;
    }

    private static Diagnostic diagnostic(SynthesisMessage m, ConfigLocations locations, String fallbackFile) {
        String data = String.valueOf(m.getEntry().getData());
        String rule = ruleId(data);
        Severity severity = m.getLevel() == SynthesisMessageLevel.ERROR ? Severity.ERROR : Severity.WARNING;
        Optional<ConfigLocations.Entry> entry = locations.find(m.getId());
        Optional<SourceNode> src = entry.flatMap(ConfigLocations.Entry::source);
        String where = entry.map(e -> "the config entry at " + e.pointer() + " of module `" + e.module().name() + "`")
                .orElse("the module config");
        String message = data.strip() + " (at " + resource(m.getId()) + ")";
        String hint = rule.isEmpty() ? "" : "make the resource comply, or add a suppression {id: " + rule
                + ", reason: <why this is acceptable>} to " + where;
        return new Diagnostic(severity, rule.isEmpty() ? "CDK" : rule,
                entry.map(ConfigLocations.Entry::file).orElse(fallbackFile), src.map(SourceNode::line).orElse(0),
                src.map(SourceNode::column).orElse(0), entry.map(ConfigLocations.Entry::pointer).orElse(""),
                message, hint);
    }

    /** The cdk-nag rule id a finding starts with ({@code AwsSolutions-IAM5[...]: ...}), or empty. */
    static String ruleId(String data) {
        int end = data.length();
        for (char c : new char[] {'[', ':', ' '}) {
            int i = data.indexOf(c);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        String id = data.substring(0, end);
        return id.matches("[A-Za-z0-9.]+-[A-Za-z0-9]+") ? id : "";
    }

    /** The construct path without its trailing {@code /Resource}. */
    private static String resource(String path) {
        return path.endsWith("/Resource") ? path.substring(0, path.length() - "/Resource".length()) : path;
    }
}
