package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Listing and following executions against both emulators, with a machine shaped like the sample's. */
class ExecutionTailTest {

    @ParameterizedTest
    @EnumSource(Emulator.class)
    void listsExecutionsAndFiltersThemByStatus(Emulator emulator) throws Exception {
        OrchestratorMachine m = OrchestratorMachine.create(emulator, Emulator.unique("list"), 0);
        try (ExecutionTail tail = new ExecutionTail(emulator.target())) {
            String ok = tail.start(m.arn(), OrchestratorMachine.input("passed"), "ok-run");
            String bad = tail.start(m.arn(), OrchestratorMachine.input("failed"), "bad-run");
            assertEquals("SUCCEEDED", OrchestratorMachine.awaitEnd(emulator, ok));
            assertEquals("FAILED", OrchestratorMachine.awaitEnd(emulator, bad));

            List<ExecutionSummary> all = tail.list(m.arn(), Optional.empty());
            assertEquals(2, all.size(), all.toString());
            List<ExecutionSummary> failed = tail.list(m.arn(), Optional.of("failed"));
            assertEquals(List.of("bad-run"), failed.stream().map(ExecutionSummary::name).toList());
            assertEquals(List.of("ok-run"),
                    tail.list(m.arn(), Optional.of("SUCCEEDED")).stream().map(ExecutionSummary::name).toList());
            assertTrue(tail.list(m.arn(), Optional.of("RUNNING")).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Emulator.class)
    void tailOfAPassingRunReportsEveryStateOnceInOrder(Emulator emulator) throws Exception {
        OrchestratorMachine m = OrchestratorMachine.create(emulator, Emulator.unique("pass"), 1);
        try (ExecutionTail tail = new ExecutionTail(emulator.target())) {
            String arn = tail.start(m.arn(), OrchestratorMachine.input("passed"), "passing");
            RecordingTailListener seen = new RecordingTailListener();
            assertEquals("SUCCEEDED", tail.followExecution(arn, seen));

            assertEquals(OrchestratorMachine.PASSING, RecordingTailListener.entered(seen.events));
            assertEquals(historyIds(emulator, arn), RecordingTailListener.ids(seen.events), "each event once, in order");
            assertTrue(tail.startInput(arn).orElseThrow().contains("incoming/orders/orders-passed.csv"));
            Map<String, StateStatus> states = seen.states.get(arn);
            OrchestratorMachine.PASSING.forEach(s -> assertEquals(StateStatus.SUCCEEDED, states.get(s), s));
            assertEquals("ExecutionSucceeded", seen.events.get(seen.events.size() - 1).type());
            // The SNS message is read from TaskScheduled's parameters; MiniStack's history leaves them out.
            var message = seen.events.stream().flatMap(e -> e.snsMessage().stream()).findFirst();
            if (emulator == Emulator.MOTO) {
                assertEquals("{\"Input\":\"incoming/orders/orders-passed.csv\",\"Status\":\"passed\"}",
                        message.orElseThrow().replace(" ", ""));
            } else {
                assertTrue(message.isEmpty(), message.toString());
            }
            // Events that do not name their state are placed in the state they happen in.
            assertTrue(seen.events.stream().filter(e -> e.type().startsWith("Task"))
                    .allMatch(e -> e.stateName().equals("Report Result")), seen.events.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Emulator.class)
    void tailOfAFailingRunShowsTheCaughtErrorAndTheFailState(Emulator emulator) throws Exception {
        OrchestratorMachine m = OrchestratorMachine.create(emulator, Emulator.unique("fail"), 0);
        try (ExecutionTail tail = new ExecutionTail(emulator.target())) {
            String arn = tail.start(m.arn(), OrchestratorMachine.input("failed"), "failing");
            RecordingTailListener seen = new RecordingTailListener();
            assertEquals("FAILED", tail.followExecution(arn, seen));

            assertEquals(OrchestratorMachine.FAILING, RecordingTailListener.entered(seen.events));
            assertEquals(historyIds(emulator, arn), RecordingTailListener.ids(seen.events));
            Map<String, StateStatus> states = seen.states.get(arn);
            assertEquals(StateStatus.SUCCEEDED, states.get("Passed or Failed?"));
            assertEquals(StateStatus.CAUGHT, states.get("Report Failure"));
            assertEquals(StateStatus.FAILED, states.get("Conversion Failed"));
            ExecutionEvent last = seen.events.get(seen.events.size() - 1);
            assertEquals("ExecutionFailed", last.type());
            assertEquals("ConversionFailed", last.error());
            assertEquals("the CSV could not be converted", last.cause());
            assertTrue(seen.events.stream().anyMatch(e -> e.type().equals("TaskFailed")
                    && e.stateName().equals("Report Failure") && !e.error().isEmpty()), seen.events.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Emulator.class)
    void followingAMachineReportsEachNewExecutionOnce(Emulator emulator) throws Exception {
        OrchestratorMachine m = OrchestratorMachine.create(emulator, Emulator.unique("follow"), 1);
        try (ExecutionTail tail = new ExecutionTail(emulator.target())) {
            String old = tail.start(m.arn(), OrchestratorMachine.input("passed"), "before-follow");
            OrchestratorMachine.awaitEnd(emulator, old);
            RecordingTailListener seen = new RecordingTailListener();
            Thread follower = new Thread(() -> {
                try {
                    tail.followMachine(m.arn(), seen);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }, "follow-test");
            follower.start();
            Thread.sleep(600);
            String a = tail.start(m.arn(), OrchestratorMachine.input("passed"), "follow-a");
            String b = tail.start(m.arn(), OrchestratorMachine.input("failed"), "follow-b");
            OrchestratorMachine.awaitEnd(emulator, a);
            OrchestratorMachine.awaitEnd(emulator, b);
            long until = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < until && !(ended(seen, a) && ended(seen, b))) {
                Thread.sleep(100);
            }
            follower.interrupt();
            follower.join(5_000);

            assertTrue(seen.of(old).isEmpty(), "an execution that ended before following began is not reported");
            assertEquals(historyIds(emulator, a), RecordingTailListener.ids(seen.of(a)));
            assertEquals(historyIds(emulator, b), RecordingTailListener.ids(seen.of(b)));
            assertEquals(OrchestratorMachine.FAILING, RecordingTailListener.entered(seen.of(b)));
        }
    }

    private static boolean ended(RecordingTailListener seen, String arn) {
        return seen.of(arn).stream().anyMatch(ExecutionEvent::endsExecution);
    }

    /** The event ids GetExecutionHistory returns now, asked directly. */
    static List<Long> historyIds(Emulator emulator, String arn) {
        try (SfnClient sfn = emulator.target().client(SfnClient.builder())) {
            return sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
                    .map(software.amazon.awssdk.services.sfn.model.HistoryEvent::id).sorted().toList();
        }
    }
}
