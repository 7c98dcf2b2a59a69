package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Deploy screen synthesizes again after a bootstrap, into the same folder, in the same process. */
class RepeatedSynthesisTest {
    @TempDir
    Path dir;

    @Test
    void aSecondSynthesisIntoTheSameFolderStillHoldsTheLambdaJar() throws Exception {
        Blueprint sample = Blueprint.load(SampleSynth.sample());
        SynthOptions options = SynthOptions.into(dir.resolve("cdk.out"));
        assertTrue(BlueprintSynthesizer.synthesize(sample, options, SynthProgress.NONE, () -> false).ok());
        SynthResult again = BlueprintSynthesizer.synthesize(sample, options, SynthProgress.NONE, () -> false);
        assertTrue(again.ok(), again.findings()::toString);
        try (Stream<Path> files = Files.list(again.assemblyDir())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("asset\\..*\\.jar")),
                    "the Lambda jar asset is missing from the second assembly");
        }
    }

    /**
     * The app runs work on two threads, and the CDK's runtime and asset cache are the process's: a second synthesis
     * waits for the first, and a cancel reaches it while it waits.
     */
    @Test
    void aSecondSynthesisWaitsForTheFirstAndStopsWhenCancelledWhileWaiting() throws Exception {
        Blueprint sample = Blueprint.load(SampleSynth.sample());
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SynthProgress holding = (step, fraction) -> {
            if (step.startsWith("Starting the AWS CDK")) {
                firstInside.countDown();
                await(release);
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<SynthResult> first = pool.submit(() -> BlueprintSynthesizer.synthesize(sample,
                    SynthOptions.into(dir.resolve("first")), holding, () -> false));
            assertTrue(firstInside.await(60, TimeUnit.SECONDS), "the first synthesis started");
            List<String> secondSteps = new CopyOnWriteArrayList<>();
            long cancelAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            assertThrows(CancellationException.class, () -> BlueprintSynthesizer.synthesize(sample,
                    SynthOptions.into(dir.resolve("second")), (step, f) -> secondSteps.add(step),
                    () -> System.nanoTime() > cancelAt));
            assertTrue(secondSteps.stream().noneMatch(x -> x.startsWith("Starting the AWS CDK")), secondSteps::toString);
            release.countDown();
            assertTrue(first.get(60, TimeUnit.SECONDS).ok());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
