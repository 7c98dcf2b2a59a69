package io.blueprintstudio.aws;

import java.util.List;
import java.util.Map;

/** The outcome of each stack a deploy or destroy reached, in order, and the API calls it made. */
public record DeployResult(List<StackOutcome> stacks, Map<String, Long> apiCalls) {
    public DeployResult {
        stacks = List.copyOf(stacks);
        apiCalls = Map.copyOf(apiCalls);
    }

    public boolean ok() {
        return stacks.stream().allMatch(StackOutcome::ok);
    }

    public long apiCallCount() {
        return apiCalls.values().stream().mapToLong(Long::longValue).sum();
    }
}
