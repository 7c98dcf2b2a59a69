package io.blueprintstudio.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;

/**
 * A hand-written {@link SfnClient} whose GetExecutionHistory pages as AWS documents it: {@code maxResults}
 * events a page (100 when not given, at most 1,000), oldest first or with {@code reverseOrder} newest first, and a
 * {@code nextToken} on every full page that names where the next page starts, valid for later calls too. No
 * emulator shows this: moto ignores paging and order, and MiniStack's tokens are snapshots that never see events
 * added after them. One execution, whose history grows by {@link #grow} (Pass states entered and exited) until
 * {@link #succeed} ends it. Every other operation throws.
 */
final class PagingSfnStub implements SfnClient {
    static final String ARN = "arn:aws:states:eu-west-1:111122223333:execution:long-machine:long-run";

    private final List<HistoryEvent> events = new CopyOnWriteArrayList<>();
    /** Each GetExecutionHistory request, in order. */
    final List<GetExecutionHistoryRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Runnable beforeEachCall = () -> { };

    PagingSfnStub() {
        add(HistoryEventType.EXECUTION_STARTED, null);
    }

    /** Appends {@code n} events (Pass states, entered and exited). */
    synchronized void grow(int n) {
        for (int i = 0; i < n; i++) {
            boolean enter = events.size() % 2 == 1;
            add(enter ? HistoryEventType.PASS_STATE_ENTERED : HistoryEventType.PASS_STATE_EXITED,
                    "Step " + (events.size() + 1) / 2);
        }
    }

    synchronized void succeed() {
        add(HistoryEventType.EXECUTION_SUCCEEDED, null);
    }

    int size() {
        return events.size();
    }

    /** Runs before every answer, e.g. to make the execution go on while it is followed. */
    void beforeEachCall(Runnable r) {
        beforeEachCall = r;
    }

    private void add(HistoryEventType type, String state) {
        long id = events.size() + 1;
        HistoryEvent.Builder b = HistoryEvent.builder().id(id).previousEventId(id - 1).type(type)
                .timestamp(Instant.ofEpochSecond(1_700_000_000L + id));
        if (type == HistoryEventType.PASS_STATE_ENTERED) {
            b.stateEnteredEventDetails(d -> d.name(state).input("{}"));
        } else if (type == HistoryEventType.PASS_STATE_EXITED) {
            b.stateExitedEventDetails(d -> d.name(state).output("{}"));
        } else if (type == HistoryEventType.EXECUTION_STARTED) {
            b.executionStartedEventDetails(d -> d.input("{}"));
        } else {
            b.executionSucceededEventDetails(d -> d.output("{}"));
        }
        events.add(b.build());
    }

    @Override
    public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest r) {
        beforeEachCall.run();
        requests.add(r);
        if (!ARN.equals(r.executionArn())) {
            throw new IllegalArgumentException("no such execution in the stub: " + r.executionArn());
        }
        boolean reverse = Boolean.TRUE.equals(r.reverseOrder());
        int size = r.maxResults() == null || r.maxResults() == 0 ? 100 : r.maxResults();
        if (size > 1000) {
            throw software.amazon.awssdk.services.sfn.model.SfnException.builder()
                    .message("maxResults must be at most 1000").statusCode(400).build();
        }
        List<HistoryEvent> all;
        synchronized (this) {
            all = new ArrayList<>(events);
        }
        // A token names the id the page starts after (oldest first) or before (newest first).
        long from = reverse ? all.size() + 1 : 0;
        if (r.nextToken() != null) {
            String[] t = r.nextToken().split(":");
            if (t.length != 2 || !t[0].equals(reverse ? "before" : "after")) {
                throw InvalidTokenException.builder().message("Invalid token").statusCode(400).build();
            }
            from = Long.parseLong(t[1]);
        }
        List<HistoryEvent> page = new ArrayList<>();
        if (reverse) {
            for (long id = from - 1; id >= 1 && page.size() < size; id--) {
                page.add(all.get((int) id - 1));
            }
        } else {
            for (long id = from + 1; id <= all.size() && page.size() < size; id++) {
                page.add(all.get((int) id - 1));
            }
        }
        String token = page.size() < size ? null
                : (reverse ? "before:" : "after:") + page.get(page.size() - 1).id();
        return GetExecutionHistoryResponse.builder().events(page).nextToken(token).build();
    }

    @Override
    public String serviceName() {
        return "states";
    }

    @Override
    public void close() {
    }
}
