package io.blueprintstudio.synth;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a synthesis made.
 *
 * @param assemblyDir the cloud assembly (manifest.json, *.template.json, *.assets.json, asset folders); null
 *                    when synthesis was refused before anything was written
 * @param stacks      in deploy order
 * @param findings    validation errors that refused synthesis, or cdk-nag findings and CDK warnings, located
 */
public record SynthResult(Path assemblyDir, List<SynthesizedStack> stacks, List<Diagnostic> findings,
        ExternalResources external, Duration elapsed) {

    public SynthResult {
        stacks = List.copyOf(stacks);
        findings = List.copyOf(findings);
    }

    /** True when an assembly was written and nothing stops a deploy (no error-level finding). */
    public boolean ok() {
        return assemblyDir != null && findings.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }
}
