package io.blueprintstudio.aws;

import java.nio.file.Path;

/** The deploy tests' CDK apps, for tests in other packages (the CLI, the Deploy screen). */
public final class TestAssemblies {
    private TestAssemblies() {
    }

    /** Two stacks, {@code prefix-base} then {@code prefix-app} with a file asset; {@code v2} adds a queue. */
    public static Path withFileAsset(Path dir, String prefix, boolean v2) {
        return TestApps.withFileAsset(dir, prefix, v2);
    }

    /** One stack, {@code prefix-bad}, whose queue SQS rejects. */
    public static Path withRejectedQueue(Path dir, String prefix) {
        return TestApps.withRejectedQueue(dir, prefix);
    }

    /** One stack, {@code prefix-slow}, with a custom resource that never answers (8 s service timeout). */
    public static Path withCustomResourceThatNeverAnswers(Path dir, String prefix) {
        return TestApps.withCustomResourceThatNeverAnswers(dir, prefix);
    }

    /**
     * {@code prefix-first}, {@code -second}, {@code -third}, each reading the SSM parameter the one before writes:
     * before the first is deployed only it can be previewed.
     */
    public static Path withSsmChain(Path dir, String prefix) {
        return TestApps.withSsmChain(dir, prefix);
    }

    /** Makes sure the emulator is bootstrapped for {@code cdkOut}, whichever test ran first. */
    public static void bootstrap(Path cdkOut) throws DeployException {
        try (Deployer d = new Deployer(Emulator.MINISTACK.target())) {
            DeployerTest.ensureBootstrapped(d, CloudAssembly.read(cdkOut));
        }
    }
}
