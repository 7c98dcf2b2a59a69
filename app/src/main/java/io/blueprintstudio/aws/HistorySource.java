package io.blueprintstudio.aws;

import java.util.List;
import java.util.Set;

/** Where a tail reads events from. Each read returns what is visible now; repeats are expected and harmless. */
interface HistorySource {
    /**
     * @param ended executions whose last event is already in: a source need not read them again
     * @throws software.amazon.awssdk.core.exception.SdkException when a call fails; the tail decides on retrying
     */
    List<ExecutionEvent> read(Set<String> ended);
}
