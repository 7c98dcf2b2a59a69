package io.blueprintstudio.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;

/**
 * History from the Step Functions API (STANDARD machines): one execution, or every execution of a machine that
 * was running or not yet listed when the tail began. Each read asks for the whole history and never relies on a
 * page token: emulators return none, and MiniStack's maxResults cuts the history short. A token AWS does return
 * (histories over 1,000 events) is followed.
 */
final class ApiHistory implements HistorySource {
    private static final int MAX_PAGES = 25;

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
    public List<ExecutionEvent> read(Set<String> ended) {
        if (executionArn != null) {
            return history(executionArn);
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
            if (!before.contains(arn) && !ended.contains(arn)) {
                out.addAll(history(arn));
            }
        }
        return out;
    }

    private List<ExecutionEvent> history(String arn) {
        List<ExecutionEvent> out = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String t = token;
            GetExecutionHistoryResponse r = sfn.getExecutionHistory(b -> b.executionArn(arn).nextToken(t));
            r.events().forEach(e -> out.add(HistoryEvents.fromApi(arn, e)));
            token = r.nextToken();
            if (token == null || token.isEmpty() || r.events().isEmpty()) {
                break;
            }
        }
        return out;
    }
}
