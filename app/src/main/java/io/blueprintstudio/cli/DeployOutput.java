package io.blueprintstudio.cli;

import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.ResourceChange;
import io.blueprintstudio.aws.StackEvent;
import io.blueprintstudio.aws.StackOutcome;
import io.blueprintstudio.aws.StackPlan;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How deploy and destroy print: one line per step and per stack event, a diff table, a summary. */
final class DeployOutput implements DeployListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final PrintWriter out;

    DeployOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void step(String message) {
        out.println("· " + message);
        out.flush();
    }

    @Override
    public synchronized void event(StackEvent e) {
        out.println(TIME.format(e.time()) + "  " + e.line());
        out.flush();
    }

    /** The change set preview of each stack: action, logical id, type, replacement. */
    void diff(List<StackPlan> plans) {
        for (StackPlan p : plans) {
            diff(p);
        }
    }

    void diff(StackPlan p) {
        out.println(p.summary());
        if (!p.changes().isEmpty()) {
            out.printf("  %-8s %-40s %-36s %s%n", "ACTION", "LOGICAL ID", "TYPE", "REPLACEMENT");
            for (ResourceChange c : p.changes()) {
                out.printf("  %-8s %-40s %-36s %s%n", c.action(), c.logicalId(), c.type(), c.replacement());
            }
        }
        out.flush();
    }

    void summary(DeployResult r) {
        for (StackOutcome o : r.stacks()) {
            out.println((o.ok() ? "✓ " : "✗ ") + o.summary());
        }
        out.println(r.apiCallCount() + " AWS API calls");
        out.flush();
    }
}
