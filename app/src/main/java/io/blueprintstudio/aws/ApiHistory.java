package io.blueprintstudio.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * History from the Step Functions API (STANDARD machines): one execution, or every execution of a machine that
 * was running or not yet listed when the tail began.
 *
 * <p>Each read asks newest first ({@code reverseOrder}, {@link #PAGE} events a page) and stops at the first page
 * that reaches down to what the tail already holds, so a poll costs one call however long the history is, and a
 * read starts afresh every time: no page token is kept between reads (MiniStack's tokens are snapshots that never
 * see later events; AWS's expire after a day). Within a read, AWS's tokens are followed; at most {@link #MAX_PAGES}
 * pages, which covers the 25,000 events a STANDARD history may hold. moto ignores paging and the order and
 * returns the whole history, oldest first, in one answer: that works too, as only the ids decide.
 */
final class ApiHistory implements HistorySource {
    /** The most GetExecutionHistory returns in one page. */
    static final int PAGE = 1000;
    static final int MAX_PAGES = 25;

    private final SfnClient sfn;
    private final String executionArn;
    private final String machineArn;
    /** Executions that had ended before the tail began: not followed. */
    private Set<String> before;

    private ApiHistory(SfnClient sfn, String executionArn, String machineArn) {
        this.sfn = sfn;
        this.executionArn = executionArn;
        this.machineArn = machineArn;
    }

    static ApiHistory ofExecution(SfnClient sfn, String executionArn) {
        return new ApiHistory(sfn, executionArn, null);
    }

    /** Follows the machine's executions that run now or start later. */
    static ApiHistory ofMachine(SfnClient sfn, String machineArn) {
        return new ApiHistory(sfn, null, machineArn);
    }

    @Override
    public List<ExecutionEvent> read(Map<String, ExecutionTimeline> known) {
        if (executionArn != null) {
            return newer(executionArn, HistorySource.completeThrough(known, executionArn));
        }
        List<ExecutionListItem> listed = sfn.listExecutions(b -> b.stateMachineArn(machineArn)).executions();
        if (before == null) {
            before = new HashSet<>();
            listed.stream().filter(x -> !"RUNNING".equals(x.statusAsString()))
                    .forEach(x -> before.add(x.executionArn()));
        }
        List<ExecutionEvent> out = new ArrayList<>();
        // Oldest first, so executions show in the order they started.
        for (int i = listed.size() - 1; i >= 0; i--) {
            String arn = listed.get(i).executionArn();
            if (!before.contains(arn) && !HistorySource.ended(known, arn)) {
                out.addAll(newer(arn, HistorySource.completeThrough(known, arn)));
            }
        }
        return out;
    }

    /** The events of {@code arn} above id {@code through}, in whatever order the pages bring them. */
    private List<ExecutionEvent> newer(String arn, long through) {
        List<ExecutionEvent> out = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String t = token;
            GetExecutionHistoryResponse r = sfn.getExecutionHistory(b -> b.executionArn(arn).reverseOrder(true)
                    .maxResults(PAGE).nextToken(t));
            long lowest = Long.MAX_VALUE;
            for (HistoryEvent e : r.events()) {
                lowest = Math.min(lowest, e.id());
                if (e.id() > through) {
                    out.add(HistoryEvents.fromApi(arn, e));
                }
            }
            token = r.nextToken();
            if (token == null || token.isEmpty() || lowest <= through + 1) {
                break;
            }
        }
        return out;
    }
}
