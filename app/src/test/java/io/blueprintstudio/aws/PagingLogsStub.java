package io.blueprintstudio.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;

/**
 * A hand-written {@link CloudWatchLogsClient} whose FilterLogEvents pages as AWS's does and MiniStack's does not
 * (MiniStack answers every search in one page without a token): a search first answers {@link #emptyPages} pages
 * with no events and a token (AWS searching streams in turn), then the lines at or after {@code startTime},
 * {@link #pageSize} a page, a token on all but the last. A token only continues the search it came from (same
 * group and start). Lines may be added at any time, with any timestamp (a late delivery). Every other operation
 * throws.
 */
final class PagingLogsStub implements CloudWatchLogsClient {
    private record Line(long timestamp, String message) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    final List<FilterLogEventsRequest> requests = new CopyOnWriteArrayList<>();
    volatile int emptyPages;
    volatile int pageSize = 10_000;

    /** A client for a tail that never reads logs. */
    static PagingLogsStub unused() {
        return new PagingLogsStub();
    }

    void put(long timestamp, String message) {
        lines.add(new Line(timestamp, message));
    }

    @Override
    public FilterLogEventsResponse filterLogEvents(FilterLogEventsRequest r) {
        requests.add(r);
        long start = r.startTime() == null ? 0 : r.startTime();
        int page = 0;
        if (r.nextToken() != null) {
            String[] t = r.nextToken().split(":");
            if (t.length != 3 || Long.parseLong(t[0]) != start) {
                throw InvalidParameterException.builder().message("The token does not match the request")
                        .statusCode(400).build();
            }
            page = Integer.parseInt(t[1]);
        }
        if (page < emptyPages) {
            return FilterLogEventsResponse.builder().events(List.of()).nextToken(start + ":" + (page + 1) + ":x")
                    .build();
        }
        List<Line> found = new ArrayList<>(lines.stream().filter(l -> l.timestamp() >= start)
                .sorted(Comparator.comparingLong(Line::timestamp)).toList());
        int from = (page - emptyPages) * pageSize;
        List<FilteredLogEvent> out = found.subList(Math.min(from, found.size()),
                Math.min(from + pageSize, found.size())).stream()
                .map(l -> FilteredLogEvent.builder().timestamp(l.timestamp()).message(l.message()).build()).toList();
        String token = from + pageSize < found.size() ? start + ":" + (page + 1) + ":x" : null;
        return FilterLogEventsResponse.builder().events(out).nextToken(token).build();
    }

    @Override
    public String serviceName() {
        return "logs";
    }

    @Override
    public void close() {
    }
}
