package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Run by bench/synth (not a test): the app's case, repeated synthesis of the sample blueprint in one JVM. Prints
 * the first synthesis (which starts the CDK's node process) and the median, p90 and max of the warm ones.
 */
public final class SynthBench {
    private SynthBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Path.of(args.length > 2 ? args[2] : "blueprints/stepfunction_orchestrator");
        Path out = Files.createTempDirectory("bps-synth-bench").resolve("cdk.out");
        Blueprint bp = Blueprint.load(folder);
        SynthOptions options = SynthOptions.into(out).withKeySuffix(".csv");
        long t = System.nanoTime();
        SynthResult first = BlueprintSynthesizer.synthesize(bp, options, SynthProgress.NONE, () -> false);
        double firstMs = (System.nanoTime() - t) / 1e6;
        for (int i = 0; i < warmup; i++) {
            BlueprintSynthesizer.synthesize(bp, options, SynthProgress.NONE, () -> false);
        }
        long[] warm = new long[runs];
        for (int i = 0; i < runs; i++) {
            t = System.nanoTime();
            SynthResult r = BlueprintSynthesizer.synthesize(Blueprint.load(folder), options, SynthProgress.NONE,
                    () -> false);
            warm[i] = System.nanoTime() - t;
            if (!r.ok()) {
                throw new IllegalStateException("synthesis has errors: " + r.findings());
            }
        }
        System.out.printf("sample blueprint: %d stacks, %d findings%n", first.stacks().size(), first.findings().size());
        System.out.printf("first synthesis in this JVM (starts node): %.0f ms%n", firstMs);
        System.out.printf("load + synthesize, warm (%d runs after %d): median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                runs, warmup, pct(warm, 50), pct(warm, 90), pct(warm, 100));
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, s.length * p / 100)] / 1e6;
    }
}
