package io.blueprintstudio.validate;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Run by bench/validate (not a test): medians of full validation of the sample blueprint, warm (loaded once), and of
 * load + validate, after a warm-up. The target is validation under 20 ms warm.
 */
public final class ValidateBench {
    private ValidateBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path folder = Path.of(args.length > 2 ? args[2] : "blueprints/stepfunction_orchestrator");
        Blueprint bp = Blueprint.load(folder);
        int count = 0;
        for (int i = 0; i < warmup; i++) {
            count = BlueprintValidator.validate(Blueprint.load(folder)).size();
        }
        long[] validate = new long[runs];
        long[] loadValidate = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            BlueprintValidator.validate(bp);
            validate[i] = System.nanoTime() - t;
            t = System.nanoTime();
            BlueprintValidator.validate(Blueprint.load(folder));
            loadValidate[i] = System.nanoTime() - t;
        }
        System.out.printf("sample blueprint: %d diagnostics; %d runs after %d warm-up%n", count, runs, warmup);
        System.out.printf("validate (loaded once), warm: median %.2f ms, p90 %.2f ms, max %.2f ms (target < 20 ms)%n",
                pct(validate, 50), pct(validate, 90), pct(validate, 100));
        System.out.printf("load + validate, warm:        median %.2f ms, p90 %.2f ms, max %.2f ms%n",
                pct(loadValidate, 50), pct(loadValidate, 90), pct(loadValidate, 100));
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, s.length * p / 100)] / 1e6;
    }
}
