package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.validate.BlueprintValidator;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.AssetStaging;
import software.amazon.awscdk.DefaultStackSynthesizer;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * Turns a validated blueprint into a CDK cloud assembly: one stack per module of the chosen environment, named and
 * staged as MDAA names and stages them (roles 1 → project 3 → lambda 4 → stepfunction 5, each stage depending on
 * the one before), checked by cdk-nag. A blueprint with validation errors is refused with those errors.
 */
public final class BlueprintSynthesizer {
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final String FAILED = "SYNTH-FAILED";

    private BlueprintSynthesizer() {
    }

    /**
     * Synthesizes {@code blueprint} into {@code options.outputDir()}.
     *
     * @throws SynthException        when synthesis cannot run (no {@code node}, an output folder that is not a
     *                               cloud assembly, the CDK failing)
     * @throws CancellationException when {@code cancelled} turned true; nothing usable is left in the folder
     */
    public static SynthResult synthesize(Blueprint blueprint, SynthOptions options, SynthProgress progress,
            BooleanSupplier cancelled) throws SynthException {
        long start = System.nanoTime();
        String env = options.env() != null ? options.env() : firstEnv(blueprint);
        if (env == null || blueprint.modules().stream().noneMatch(m -> m.env().equals(env))) {
            throw new SynthException(env == null ? "the blueprint has no environment with modules"
                    : "no environment named " + env + " in " + Blueprint.MDAA_FILE);
        }
        progress.step("Validating " + blueprint.folder().getFileName() + " (" + env + ")", 0.05);
        List<Diagnostic> validation = BlueprintValidator.validate(blueprint, env);
        if (BlueprintValidator.hasErrors(validation)) {
            return new SynthResult(null, List.of(), validation.stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList(), ExternalResources.NONE, since(start));
        }
        String node = NodeRuntime.require();
        lock(cancelled);
        try {
            return synthInto(blueprint, options, env, node, progress, cancelled, start);
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * One synthesis at a time in this process: the jsii runtime and the CDK's asset cache are shared by all. The
     * wait honours {@code cancelled}.
     */
    private static void lock(BooleanSupplier cancelled) {
        try {
            while (!LOCK.tryLock(100, TimeUnit.MILLISECONDS)) {
                check(cancelled);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("synthesis interrupted while waiting for another to finish");
        }
    }

    private static SynthResult synthInto(Blueprint blueprint, SynthOptions options, String env, String node,
            SynthProgress progress, BooleanSupplier cancelled, long start) throws SynthException {
        check(cancelled);
        Path out = AssemblyFolder.prepare(options.outputDir());
        boolean done = false;
        try {
            SynthResult result = synth(blueprint, options, env, out, node, progress, cancelled, start);
            done = result.assemblyDir() != null;
            return result;
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // the CDK (JsiiException) or a construct refusing a value: a message, never a stack trace
            throw new SynthException("the AWS CDK failed: " + firstLine(e.getMessage()), e);
        } finally {
            if (!done) {
                AssemblyFolder.discard(out);
            }
        }
    }

    private static SynthResult synth(Blueprint bp, SynthOptions options, String env, Path out, String node,
            SynthProgress progress, BooleanSupplier cancelled, long start) {
        progress.step("Starting the AWS CDK (" + node + ")", 0.1);
        // The CDK remembers staged assets for the life of the process; the output folder was just emptied, so a
        // second synthesis into it would otherwise leave the Lambda jar out of the assembly.
        AssetStaging.clearAssetHashCache();
        App app = new App(AppProps.builder().outdir(out.toString()).analyticsReporting(false).build());
        List<BlueprintModule> modules = bp.modules().stream().filter(m -> m.env().equals(env)).toList();
        Wiring wiring = new Wiring(bp, modules);
        Building b = new Building(bp, wiring, options);
        modules.stream().filter(m -> m.kind() == ModuleKind.OTHER).forEach(b::skip);
        List<BlueprintModule> ordered = modules.stream().filter(m -> m.kind() != ModuleKind.OTHER)
                .sorted(Comparator.comparingInt(m -> StackBuilder.stage(m.kind()))).toList();
        for (int i = 0; i < ordered.size(); i++) {
            check(cancelled);
            BlueprintModule m = ordered.get(i);
            progress.step("Building stack " + Wiring.names(bp, m).stackName(), 0.15 + 0.35 * i / ordered.size());
            b.build(stack(app, bp, m), m);
        }
        List<Diagnostic> problems = b.problems;
        if (problems.stream().anyMatch(d -> d.code().equals(FAILED))) {
            // a stack that could not be built completely is no assembly to write
            return new SynthResult(null, List.of(), problems, wiring.external(), since(start));
        }
        SsmReferences.check(b.scopes, b.published);
        NagChecks.addPacks(app);
        check(cancelled);
        progress.step("Synthesizing and running cdk-nag (AwsSolutions, NIST 800-53 R5)", 0.55);
        CloudAssembly assembly = app.synth();
        check(cancelled);
        progress.step("Reading findings", 0.95);
        List<Diagnostic> findings = new ArrayList<>(problems);
        findings.addAll(Findings.of(assembly, b.locations, Blueprint.MDAA_FILE));
        List<SynthesizedStack> stacks = b.built.stream().map(x -> x.toStack(assembly)).toList();
        progress.step("Synthesized " + stacks.size() + " stacks", 1.0);
        return new SynthResult(out, stacks, findings, wiring.external(), since(start));
    }

    /** The stacks built so far, and what building them found. */
    private static final class Building {
        final List<Diagnostic> problems = new ArrayList<>();
        final ConfigLocations locations = new ConfigLocations();
        final List<StackBuilder.Built> built = new ArrayList<>();
        final List<ModuleScope> scopes = new ArrayList<>();
        final Set<String> published = new LinkedHashSet<>();
        private final Blueprint bp;
        private final Wiring wiring;
        private final SynthOptions options;

        Building(Blueprint bp, Wiring wiring, SynthOptions options) {
            this.bp = bp;
            this.wiring = wiring;
            this.options = options;
        }

        void skip(BlueprintModule m) {
            problems.add(new Diagnostic(Severity.NOTE, "SYNTH-MODULE-SKIPPED", Blueprint.MDAA_FILE, 0, 0,
                    m.config().pointer(), "module `" + m.name() + "` (" + m.config().modulePath() + ") is not one "
                    + "Blueprint Studio synthesizes; deploy it with MDAA", ""));
        }

        /** Fills {@code stack} with module {@code m}; a construct the CDK refuses is a located error. */
        void build(Stack stack, BlueprintModule m) {
            ModuleScope scope = new ModuleScope(bp, m, wiring.config(m), wiring.resolver(m), Wiring.names(bp, m),
                    stack, new SsmPlaceholders(stack), published, locations, problems, options);
            unresolved(scope, wiring.resolution(m));
            scopes.add(scope);
            try {
                built.add(StackBuilder.build(scope, wiring, previousStage(built, StackBuilder.stage(m.kind()))));
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                scope.error(FAILED, "", "module `" + m.name() + "` could not be built: " + firstLine(e.getMessage()),
                        "correct the setting the message names");
            }
        }

        /** What the resolver could not resolve in a module's config (context keys are refused by validation). */
        private static void unresolved(ModuleScope s, Resolution r) {
            r.problems().forEach(p -> s.error("SYNTH-UNRESOLVED", p.pointer(), p.message(),
                    p.template().startsWith("{{env_var:") ? "set that environment variable before synthesizing"
                            : "define it in mdaa.yaml's context"));
        }
    }

    private static Stack stack(App app, Blueprint bp, BlueprintModule m) {
        var mdaa = bp.mdaa();
        var domain = mdaa.domains().get(m.domain());
        var environment = domain.environments().get(m.env());
        String account = known(environment.account(), domain.account(), mdaa.account());
        String region = known(environment.region(), domain.region(), mdaa.region());
        Stack stack = new Stack(app, Wiring.names(bp, m).stackName(), StackProps.builder()
                .env(Environment.builder().account(account).region(region).build())
                .synthesizer(new DefaultStackSynthesizer())
                .analyticsReporting(false)
                .description("MDAA " + m.config().modulePath() + " module " + m.name() + " (Blueprint Studio)")
                .build());
        bp.tags(m).forEach((k, v) -> Tags.of(stack).add(k, v));
        return stack;
    }

    private static List<StackBuilder.Built> previousStage(List<StackBuilder.Built> built, int stage) {
        int previous = built.stream().mapToInt(StackBuilder.Built::stage).filter(s -> s < stage).max().orElse(-1);
        return built.stream().filter(b -> b.stage() == previous).toList();
    }

    private static String known(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.equals("default")) {
                return v;
            }
        }
        return null;
    }

    private static String firstEnv(Blueprint bp) {
        return bp.modules().stream().map(BlueprintModule::env).findFirst().orElse(null);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("synthesis cancelled");
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no message";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
