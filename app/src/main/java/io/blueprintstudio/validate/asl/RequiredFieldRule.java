package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.List;

/**
 * Fields a state's type requires: a Task's Resource, a Choice's Choices, a Parallel's Branches, a Map's
 * ItemProcessor (or Iterator, not both), and exactly one of a Wait's Seconds, SecondsPath, Timestamp, TimestampPath.
 */
public final class RequiredFieldRule implements AslRule {
    private static final List<String> WAIT = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath");

    @Override
    public String code() {
        return "ASL-REQUIRED-FIELD";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "fields a state's type requires are present (and exclusive ones are not combined)";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (s instanceof State.Task) {
                require(ctx, s, "Resource", "the ARN of the Lambda function, activity or service action");
            } else if (s instanceof State.Choice) {
                require(ctx, s, "Choices", "a non-empty array of rules");
            } else if (s instanceof State.Parallel) {
                require(ctx, s, "Branches", "an array of machines, each with StartAt and States");
            } else if (s instanceof State.Map) {
                boolean processor = s.source().has("ItemProcessor");
                boolean iterator = s.source().has("Iterator");
                if (processor == iterator) {
                    ctx.report(this, s.position(), "Map state \"" + s.name() + "\" needs "
                            + (processor ? "ItemProcessor or Iterator, not both" : "an ItemProcessor"),
                            "ItemProcessor replaces the older Iterator: keep one");
                }
            } else if (s instanceof State.Wait) {
                long count = WAIT.stream().filter(s.source()::has).count();
                if (count != 1) {
                    ctx.report(this, s.position(), "Wait state \"" + s.name() + "\" needs exactly one of "
                            + String.join(", ", WAIT) + (count == 0 ? "" : ", not " + count), "");
                }
            }
        }
    }

    private void require(AslContext ctx, State s, String field, String what) {
        if (!s.source().has(field)) {
            ctx.report(this, s.position(), s.type().orElse("") + " state \"" + s.name() + "\" has no " + field,
                    "add \"" + field + "\": " + what);
        }
    }
}
