package io.blueprintstudio.aws;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the HTTP requests SDK clients send, per operation ({@code GetExecutionHistory}, ...), so a tail can say
 * how many API calls a minute it costs (Step Functions and CloudWatch Logs throttle and bill per call). Every
 * attempt counts, retries included. Thread-safe.
 */
public final class ApiCallCounter implements ExecutionInterceptor {
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        calls.computeIfAbsent(operation == null ? "?" : operation, k -> new LongAdder()).increment();
        total.increment();
    }

    /** Requests sent so far. */
    public long total() {
        return total.sum();
    }

    /** Requests sent so far per operation, by name. */
    public Map<String, Long> byOperation() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((op, n) -> out.put(op, n.sum()));
        return out;
    }

    /** Calls a minute between two readings of {@link #total()} taken {@code millis} apart. */
    public static double perMinute(long callsBefore, long callsAfter, long millis) {
        return millis <= 0 ? 0 : (callsAfter - callsBefore) * 60_000.0 / millis;
    }
}
