package io.blueprintstudio.aws;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;

/**
 * Lists, starts and follows executions of a state machine on one {@link AwsTarget}. Following polls with the
 * {@link PollSchedule}'s backoff and turns what it reads into {@link ExecutionEvent}s through one
 * {@link ExecutionTimeline} per execution, so every event is reported once, in order, even when a call fails
 * (dropped connection, throttling) and the next read returns events already seen. The SDK's own retries are off
 * for these clients: the poll loop is the retry, and the call count is then exactly what was sent.
 */
public final class ExecutionTail implements AutoCloseable {
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final SfnClient sfn;
    private final CloudWatchLogsClient logs;
    private final ApiCallCounter calls = new ApiCallCounter();
    private final Map<String, String> arns = new java.util.concurrent.ConcurrentHashMap<>();
    private final PollSchedule executionSchedule;
    private final PollSchedule machineSchedule;

    public ExecutionTail(AwsTarget target) {
        this(target, PollSchedule.EXECUTION, PollSchedule.MACHINE, List.of());
    }

    /** @param extra interceptors for every call (tests use them to drop or throttle calls) */
    public ExecutionTail(AwsTarget target, PollSchedule executionSchedule, PollSchedule machineSchedule,
            List<ExecutionInterceptor> extra) {
        this.executionSchedule = executionSchedule;
        this.machineSchedule = machineSchedule;
        this.sfn = target.client(SfnClient.builder().overrideConfiguration(c -> {
            c.retryStrategy(DefaultRetryStrategy.doNotRetry()).addExecutionInterceptor(calls);
            extra.forEach(c::addExecutionInterceptor);
        }));
        this.logs = target.client(CloudWatchLogsClient.builder().overrideConfiguration(c -> {
            c.retryStrategy(DefaultRetryStrategy.doNotRetry()).addExecutionInterceptor(calls);
            extra.forEach(c::addExecutionInterceptor);
        }));
    }

    /** Over clients made elsewhere (tests: stubs that page as AWS does); {@link #calls()} then counts nothing. */
    ExecutionTail(SfnClient sfn, CloudWatchLogsClient logs, PollSchedule executionSchedule,
            PollSchedule machineSchedule) {
        this.sfn = sfn;
        this.logs = logs;
        this.executionSchedule = executionSchedule;
        this.machineSchedule = machineSchedule;
    }

    /** Every request this tail has sent. */
    public ApiCallCounter calls() {
        return calls;
    }

    /** The ARN of a state machine given by ARN or by name (looked up once per name: an ARN follows from it). */
    public String machineArn(String arnOrName) {
        if (arnOrName.startsWith("arn:")) {
            return arnOrName;
        }
        String known = arns.get(arnOrName);
        if (known != null) {
            return known;
        }
        Map<String, String> all = machines();
        String arn = all.get(arnOrName);
        if (arn == null) {
            throw new TailException("no state machine named " + arnOrName + (all.isEmpty() ? " (there are none)"
                    : "; there are: " + String.join(", ", all.keySet())));
        }
        return arn;
    }

    /** Every state machine's name and ARN, by name (remembered for {@link #machineArn}). */
    public Map<String, String> machines() {
        Map<String, String> out = new java.util.TreeMap<>();
        String token = null;
        do {
            String t = token;
            var r = call("list the state machines", () -> sfn.listStateMachines(b -> b.nextToken(t)));
            r.stateMachines().forEach(m -> out.put(m.name(), m.stateMachineArn()));
            token = r.nextToken();
        } while (token != null && !token.isEmpty());
        arns.putAll(out);
        return out;
    }

    public MachineInfo machine(String machineArn) {
        DescribeStateMachineResponse d = call("describe the state machine " + machineArn,
                () -> sfn.describeStateMachine(b -> b.stateMachineArn(machineArn)));
        var logging = d.loggingConfiguration();
        Optional<String> group = logging == null ? Optional.empty() : logging.destinations().stream()
                .filter(x -> x.cloudWatchLogsLogGroup() != null)
                .map(x -> logGroupName(x.cloudWatchLogsLogGroup().logGroupArn())).findFirst();
        return new MachineInfo(d.stateMachineArn(), d.name(), d.typeAsString(), group,
                logging == null || logging.level() == null ? "OFF" : logging.levelAsString());
    }

    /**
     * The machine's executions, newest first; {@code status} (RUNNING, SUCCEEDED, FAILED, ...) filters them. AWS
     * does not list EXPRESS executions: for those, the executions seen in the log group in the last hour.
     */
    public List<ExecutionSummary> list(String machineArn, Optional<String> status) {
        ListExecutionsRequest.Builder req = ListExecutionsRequest.builder().stateMachineArn(machineArn);
        status.map(s -> ExecutionStatus.fromValue(s.toUpperCase(java.util.Locale.ROOT))).ifPresent(req::statusFilter);
        List<ExecutionSummary> out = new ArrayList<>();
        try {
            for (var page : sfn.listExecutionsPaginator(req.build()).stream().limit(10).toList()) {
                page.executions().forEach(x -> out.add(new ExecutionSummary(x.executionArn(), x.name(),
                        x.statusAsString(), x.startDate(), Optional.ofNullable(x.stopDate()))));
            }
        } catch (SdkServiceException e) {
            MachineInfo m = machine(machineArn);
            if (!m.isExpress() || retryable(e)) {
                throw new TailException("could not list the executions of " + machineArn + ": " + describe(e), e);
            }
            out.addAll(listFromLogs(m, status, Instant.now().minus(Duration.ofHours(1))));
        } catch (SdkException e) {
            throw new TailException("could not list the executions of " + machineArn + ": " + describe(e), e);
        }
        out.sort((a, b) -> b.started().compareTo(a.started()));
        return out;
    }

    /** EXPRESS executions as their log group shows them since {@code from}. */
    List<ExecutionSummary> listFromLogs(MachineInfo m, Optional<String> status, Instant from) {
        Map<String, List<ExecutionEvent>> byExecution = readLogs(m, null, from).stream()
                .collect(Collectors.groupingBy(ExecutionEvent::executionArn, LinkedHashMap::new, Collectors.toList()));
        List<ExecutionSummary> out = new ArrayList<>();
        byExecution.forEach((arn, events) -> {
            ExecutionTimeline t = new ExecutionTimeline(arn);
            t.add(events);
            t.flush(); // nothing more comes to fill a gap
            List<ExecutionEvent> seen = t.events();
            String state = t.outcome().orElse("RUNNING");
            if (seen.isEmpty() || status.isPresent() && !status.get().equalsIgnoreCase(state)) {
                return;
            }
            Optional<Instant> stopped = t.ended() ? Optional.of(seen.get(seen.size() - 1).time()) : Optional.empty();
            out.add(new ExecutionSummary(arn, executionName(arn), state, seen.get(0).time(), stopped));
        });
        return out;
    }

    /** Everything the log group holds since {@code from} (of one execution, or all with null), in a few reads. */
    private List<ExecutionEvent> readLogs(MachineInfo m, String executionArn, Instant from) {
        LogGroupHistory source = logSource(m, executionArn, from);
        List<ExecutionEvent> events = new ArrayList<>();
        for (int read = 0; read < 10 && (read == 0 || !source.caughtUp()); read++) {
            events.addAll(call("read the log group of " + m.name(), () -> source.read(Map.of())));
        }
        return events;
    }

    /**
     * The input an execution started with (its ExecutionStarted event), or empty while that is not to be seen
     * (an EXPRESS execution's first event not yet delivered to its log group).
     */
    public Optional<String> startInput(String executionArn) {
        List<ExecutionEvent> events;
        if (isExpress(executionArn)) {
            events = readLogs(machine(machineOf(executionArn)), executionArn, Instant.now().minus(Duration.ofHours(1)));
        } else {
            events = call("read the history of " + executionArn, () -> sfn.getExecutionHistory(b -> b
                    .executionArn(executionArn).maxResults(1))).events().stream()
                    .map(e -> HistoryEvents.fromApi(executionArn, e)).toList();
        }
        return events.stream().filter(e -> e.type().equals("ExecutionStarted")).findFirst()
                .map(ExecutionEvent::input);
    }

    /** Starts an execution; {@code name} may be null for a generated one (moto needs one). Returns its ARN. */
    public String start(String machineArn, String inputJson, String name) {
        String n = name != null ? name : "run-" + RUN_NAME.format(Instant.now()) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        return call("start an execution of " + machineArn,
                () -> sfn.startExecution(b -> b.stateMachineArn(machineArn).name(n).input(inputJson))).executionArn();
    }

    /**
     * Follows one execution until it ends, reporting each event once; returns how it ended (SUCCEEDED, FAILED,
     * TIMED_OUT, ABORTED). EXPRESS executions are read from their machine's log group.
     *
     * @throws InterruptedException when the thread is interrupted (the caller stopped following)
     */
    public String followExecution(String executionArn, TailListener listener) throws InterruptedException {
        String machineArn = machineOf(executionArn);
        HistorySource source = isExpress(executionArn)
                ? logSource(machine(machineArn), executionArn, Instant.now().minus(Duration.ofHours(1)))
                : ApiHistory.ofExecution(sfn, executionArn);
        Map<String, ExecutionTimeline> timelines = new LinkedHashMap<>();
        timelines.put(executionArn, new ExecutionTimeline(executionArn));
        poll(source, timelines, listener, executionSchedule, t -> t.get(executionArn).ended());
        return timelines.get(executionArn).outcome().orElseThrow();
    }

    /**
     * Follows every execution of the machine that runs now or starts later, until the thread is interrupted.
     *
     * @throws InterruptedException when the caller stops following
     */
    public void followMachine(String machineArn, TailListener listener) throws InterruptedException {
        MachineInfo m = machine(machineArn);
        HistorySource source = m.isExpress() ? logSource(m, null, Instant.now()) : ApiHistory.ofMachine(sfn, machineArn);
        poll(source, new LinkedHashMap<>(), listener, machineSchedule, t -> false);
    }

    private LogGroupHistory logSource(MachineInfo m, String executionArn, Instant from) {
        if (m.logGroup().isEmpty() || !"ALL".equals(m.logLevel())) {
            throw new TailException("EXPRESS state machine " + m.name() + " keeps no history in Step Functions and logs "
                    + "at level " + m.logLevel() + (m.logGroup().map(g -> " to " + g).orElse(""))
                    + ": set its logging to level ALL to follow its executions");
        }
        return new LogGroupHistory(logs, m.logGroup().get(), executionArn, from);
    }

    private void poll(HistorySource source, Map<String, ExecutionTimeline> timelines, TailListener listener,
            PollSchedule schedule, Predicate<Map<String, ExecutionTimeline>> done) throws InterruptedException {
        Duration wait = schedule.first();
        int failures = 0;
        while (true) {
            try {
                boolean fresh = deliver(source.read(timelines), timelines, listener);
                failures = 0;
                if (done.test(timelines)) {
                    return;
                }
                wait = fresh ? schedule.first() : schedule.quiet(wait);
            } catch (SdkException e) {
                if (e instanceof AbortedException || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("stopped following");
                }
                if (!retryable(e)) {
                    throw new TailException("could not read the history: " + describe(e), e);
                }
                failures++;
                if (failures >= schedule.giveUpAfter()) {
                    throw new TailException("gave up after " + failures + " failed calls in a row: " + describe(e), e);
                }
                wait = schedule.afterFailure(failures);
                listener.trouble(describe(e), wait);
            }
            Thread.sleep(wait.toMillis());
        }
    }

    /** Hands a read's events to their timelines; true when something new came (shown, or held for a gap). */
    private static boolean deliver(List<ExecutionEvent> batch, Map<String, ExecutionTimeline> timelines,
            TailListener listener) {
        boolean fresh = false;
        for (ExecutionEvent e : batch) {
            timelines.computeIfAbsent(e.executionArn(), ExecutionTimeline::new);
        }
        for (ExecutionTimeline t : timelines.values()) {
            int held = t.held();
            for (ExecutionEvent e : t.add(batch)) {
                fresh = true;
                listener.event(e, t);
            }
            fresh |= t.held() > held;
        }
        return fresh;
    }

    static boolean retryable(SdkException e) {
        if (e instanceof SdkServiceException s) {
            return s.isThrottlingException() || s.statusCode() == 429 || s.statusCode() >= 500;
        }
        return e instanceof SdkClientException;
    }

    static String describe(SdkException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The SDK appends request ids and service names in parentheses: keep the sentence.
        int cut = m.indexOf(" (Service: ");
        return cut > 0 ? m.substring(0, cut) : m;
    }

    private <T> T call(String what, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new TailException("could not " + what + ": " + describe(e), e);
        }
    }

    /**
     * The state machine an execution ARN belongs to: {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME},
     * or for EXPRESS {@code ...:express:MACHINE:NAME:UUID}.
     */
    static String machineOf(String executionArn) {
        String[] p = executionArnParts(executionArn);
        return String.join(":", p[0], p[1], p[2], p[3], p[4], "stateMachine", p[6]);
    }

    /** An execution's name from its ARN: the part after the machine's name (an EXPRESS ARN ends in a UUID after). */
    public static String executionName(String executionArn) {
        return executionArnParts(executionArn)[7];
    }

    private static String[] executionArnParts(String executionArn) {
        String[] p = executionArn.split(":");
        if (p.length < 8 || !p[2].equals("states") || !(p[5].equals("execution") || p[5].equals("express"))) {
            throw new TailException("not an execution ARN: " + executionArn
                    + " (expected arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME)");
        }
        return p;
    }

    private static boolean isExpress(String executionArn) {
        return executionArnParts(executionArn)[5].equals("express");
    }

    static String logGroupName(String logGroupArn) {
        String[] p = logGroupArn.split(":");
        return p.length >= 7 && p[5].equals("log-group") ? p[6] : logGroupArn;
    }

    @Override
    public void close() {
        sfn.close();
        logs.close();
    }
}
