package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Suppression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NIST80053R5Checks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * cdk-nag on every synth: the AwsSolutions and NIST 800-53 R5 packs, the configs' suppressions with their reasons,
 * and the by-design exceptions of our own constructs, read from {@code by-design.tsv} (rule id, construct kind,
 * reason) so they are reviewed as data.
 */
final class NagChecks {
    /** One by-design exception: rule {@code ruleId} does not apply to constructs of {@code kind}, because reason. */
    record ByDesign(String ruleId, String kind, String reason) {
    }

    static final List<ByDesign> BY_DESIGN = load();

    private NagChecks() {
    }

    static void addPacks(IConstruct app) {
        NagPackProps props = NagPackProps.builder().verbose(false).reports(false).build();
        Aspects.of(app).add(new AwsSolutionsChecks(props));
        Aspects.of(app).add(new NIST80053R5Checks(props));
    }

    /** A config's {@code suppressions}, on the construct made from that config entry and everything below it. */
    static void suppress(IConstruct construct, List<Suppression> suppressions) {
        List<NagPackSuppression> list = suppressions.stream()
                .filter(x -> x.id() != null && x.reason() != null && x.reason().trim().length() >= 10)
                .map(x -> NagPackSuppression.builder().id(x.id()).reason(x.reason()).build())
                .toList();
        if (!list.isEmpty()) {
            NagSuppressions.addResourceSuppressions(construct, list, true);
        }
    }

    /** {@code nag_suppressions.by_path}: {@code [{path, suppressions: [{id, reason}]}]}, paths in the stack. */
    static void suppressByPath(Stack stack, ConfigValues byPath, ModuleScope s) {
        for (ConfigValues e : byPath.items()) {
            String path = e.text("path");
            IConstruct target = path == null ? null : stack.getNode().tryFindChild(path);
            if (target == null && path != null) {
                target = stack.getNode().findAll().stream()
                        .filter(c -> ("/" + c.getNode().getPath()).equals(path) || c.getNode().getPath().equals(path))
                        .findFirst().orElse(null);
            }
            if (target == null) {
                s.error("SYNTH-NAG-PATH", e.at("path").pointer(), "nag_suppressions.by_path: no construct at `"
                        + path + "` in stack " + stack.getStackName(),
                        "use a construct path shown by a finding (such as /" + stack.getStackName() + "/...)");
            } else {
                suppress(target, e.at("suppressions").suppressions());
            }
        }
    }

    /** Applies the by-design exceptions listed for {@code kind} to the construct and everything below it. */
    static <T extends IConstruct> T byDesign(T construct, String kind) {
        List<NagPackSuppression> list = BY_DESIGN.stream().filter(e -> e.kind().equals(kind))
                .map(e -> NagPackSuppression.builder().id(e.ruleId()).reason(e.reason()).build()).toList();
        if (!list.isEmpty()) {
            NagSuppressions.addResourceSuppressions(construct, list, true);
        }
        return construct;
    }

    private static List<ByDesign> load() {
        List<ByDesign> out = new ArrayList<>();
        try (InputStream in = NagChecks.class.getResourceAsStream("by-design.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource by-design.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("by-design.tsv: want rule<TAB>kind<TAB>reason: " + line);
                }
                out.add(new ByDesign(f[0].trim(), f[1].trim(), f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
