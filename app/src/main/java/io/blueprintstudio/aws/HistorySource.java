package io.blueprintstudio.aws;

import java.util.List;
import java.util.Map;

/** Where a tail reads events from. Each read returns what is visible now; repeats are expected and harmless. */
interface HistorySource {
    /**
     * @param known what the tail holds of each execution, by ARN: a source need not read again an execution that
     *              has {@link ExecutionTimeline#ended() ended}, nor events up to its
     *              {@link ExecutionTimeline#completeThrough()}
     * @throws software.amazon.awssdk.core.exception.SdkException when a call fails; the tail decides on retrying
     */
    List<ExecutionEvent> read(Map<String, ExecutionTimeline> known);

    static boolean ended(Map<String, ExecutionTimeline> known, String executionArn) {
        ExecutionTimeline t = known.get(executionArn);
        return t != null && t.ended();
    }

    static long completeThrough(Map<String, ExecutionTimeline> known, String executionArn) {
        ExecutionTimeline t = known.get(executionArn);
        return t == null ? 0 : t.completeThrough();
    }
}
