package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Long STANDARD histories read as AWS pages them, through {@link PagingSfnStub} (a hand-written SfnClient: no
 * emulator pages as AWS does). A poll must reach the end of any history and cost one call once caught up.
 */
class ApiHistoryPagingTest {
    private static final PollSchedule FAST = new PollSchedule(Duration.ofMillis(5), Duration.ofMillis(20),
            Duration.ofMillis(20), 5);

    @Test
    void aFinishedThreeThousandEventHistoryIsReadToItsEndInOneReadOfThreePages() {
        PagingSfnStub sfn = new PagingSfnStub();
        sfn.grow(2_998);
        sfn.succeed();
        ExecutionTimeline t = new ExecutionTimeline(PagingSfnStub.ARN);
        HistorySource source = ApiHistory.ofExecution(sfn, PagingSfnStub.ARN);

        List<ExecutionEvent> shown = t.add(source.read(Map.of(PagingSfnStub.ARN, t)));

        assertEquals(LongStream.rangeClosed(1, 3_000).boxed().toList(), RecordingTailListener.ids(shown));
        assertEquals(Optional.of("SUCCEEDED"), t.outcome());
        assertEquals(3, sfn.requests.size(), "1,000 events a page");
        assertTrue(sfn.requests.stream().allMatch(r -> r.maxResults() == 1000 && r.reverseOrder()));
    }

    @Test
    void followingALiveRunCostsOneCallAPollHoweverLongItsHistoryGrows() {
        PagingSfnStub sfn = new PagingSfnStub();
        sfn.grow(1_999);
        ExecutionTimeline t = new ExecutionTimeline(PagingSfnStub.ARN);
        HistorySource source = ApiHistory.ofExecution(sfn, PagingSfnStub.ARN);
        List<ExecutionEvent> shown = new ArrayList<>(t.add(source.read(Map.of(PagingSfnStub.ARN, t))));
        assertEquals(2, sfn.requests.size(), "the first read goes back to event 1");
        List<Integer> callsPerPoll = new ArrayList<>();
        while (sfn.size() < 3_000) {
            sfn.grow(Math.min(150, 3_000 - sfn.size() - 1));
            if (sfn.size() == 2_999) {
                sfn.succeed();
            }
            int before = sfn.requests.size();
            shown.addAll(t.add(source.read(Map.of(PagingSfnStub.ARN, t))));
            callsPerPoll.add(sfn.requests.size() - before);
        }
        assertEquals(LongStream.rangeClosed(1, 3_000).boxed().toList(), RecordingTailListener.ids(shown),
                "each event once, in order");
        assertTrue(t.ended());
        assertTrue(callsPerPoll.stream().allMatch(n -> n == 1), "calls per poll: " + callsPerPoll);
    }

    @Test
    @Timeout(30)
    void followExecutionReachesTheEndOfALongRunWhileItGrows() throws Exception {
        PagingSfnStub sfn = new PagingSfnStub();
        sfn.grow(1_500);
        sfn.beforeEachCall(() -> {
            synchronized (sfn) {
                if (sfn.size() < 3_499) {
                    sfn.grow(Math.min(400, 3_499 - sfn.size()));
                } else if (sfn.size() == 3_499) {
                    sfn.succeed();
                }
            }
        });
        try (ExecutionTail tail = new ExecutionTail(sfn, PagingLogsStub.unused(), FAST, FAST)) {
            RecordingTailListener seen = new RecordingTailListener();
            assertEquals("SUCCEEDED", tail.followExecution(PagingSfnStub.ARN, seen));
            assertEquals(LongStream.rangeClosed(1, 3_500).boxed().toList(), RecordingTailListener.ids(seen.events));
            // 400 new events a call: never more than one page back to what is already in.
            assertTrue(sfn.requests.size() <= 2 + 6, "calls: " + sfn.requests.size());
        }
    }
}
