package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.Set;

/**
 * Retry entries: a non-empty ErrorEquals of strings (States.ALL alone, in the last entry); IntervalSeconds a
 * positive integer; MaxAttempts a non-negative integer; BackoffRate a number of at least 1.0; MaxDelaySeconds a
 * positive integer; JitterStrategy FULL or NONE; no other fields.
 */
public final class RetryRule implements AslRule {
    private static final Set<String> FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
            "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final int MAX_ATTEMPTS = 99_999_999;

    @Override
    public String code() {
        return "ASL-RETRY";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Retry entries are well formed (ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate types and ranges)";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (!(s.source().get("Retry").orElse(null) instanceof SourceValue.Arr retry)) {
                continue;
            }
            ErrorEquals.check(ctx, this, s.name(), "Retry", retry.items());
            for (SourceValue item : retry.items()) {
                if (item instanceof SourceValue.Obj r) {
                    fields(ctx, s, r);
                }
            }
        }
    }

    private void fields(AslContext ctx, State s, SourceValue.Obj r) {
        for (SourceValue.Member m : r.members().values()) {
            SourceValue v = m.value();
            String where = m.key() + " in a Retry of \"" + s.name() + "\"";
            switch (m.key()) {
                case "IntervalSeconds", "MaxDelaySeconds" -> {
                    if (!Fields.isInteger(v) || Fields.number(v) < 1) {
                        ctx.report(this, v.position(), where + " must be a positive integer, not " + Fields.show(v),
                                "seconds before the first retry, e.g. 2");
                    }
                }
                case "MaxAttempts" -> {
                    if (!Fields.isInteger(v) || Fields.number(v) < 0 || Fields.number(v) > MAX_ATTEMPTS) {
                        ctx.report(this, v.position(), where + " must be an integer from 0 to " + MAX_ATTEMPTS
                                + ", not " + Fields.show(v), "0 means no retry; the default is 3");
                    }
                }
                case "BackoffRate" -> {
                    if (!Fields.isNumber(v) || Fields.number(v) < 1.0) {
                        ctx.report(this, v.position(), where + " must be a number of at least 1.0, not "
                                + Fields.show(v), "the multiplier of the interval after each attempt, e.g. 2.0");
                    }
                }
                case "JitterStrategy" -> {
                    String j = Fields.show(v);
                    if (!j.equals("\"FULL\"") && !j.equals("\"NONE\"")) {
                        ctx.report(this, v.position(), where + " must be \"FULL\" or \"NONE\", not " + j, "");
                    }
                }
                default -> {
                    if (!FIELDS.contains(m.key())) {
                        ctx.report(this, m.keyPosition(), "a Retry entry does not take the field \"" + m.key() + "\"",
                                "allowed: " + String.join(", ", FIELDS.stream().sorted().toList()));
                    }
                }
            }
        }
    }
}
