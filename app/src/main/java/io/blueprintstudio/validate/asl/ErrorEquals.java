package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import java.util.List;

/** Checks shared by Retry and Catch entries: ErrorEquals, and States.ALL alone and in the last entry. */
final class ErrorEquals {
    private ErrorEquals() {
    }

    /** Reports problems with the entries of a Retry or Catch array; {@code field} is "Retry" or "Catch". */
    static void check(AslContext ctx, AslRule rule, String stateName, String field, List<SourceValue> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof SourceValue.Obj e)) {
                ctx.report(rule, entries.get(i).position(), field + " entries of \"" + stateName + "\" must be objects",
                        "");
                continue;
            }
            var errors = e.get("ErrorEquals");
            if (errors.isEmpty()) {
                ctx.report(rule, e.position(), field + " entry " + (i + 1) + " of \"" + stateName + "\" has no ErrorEquals",
                        "add \"ErrorEquals\": [\"States.ALL\"] or name the errors");
                continue;
            }
            if (!(errors.get() instanceof SourceValue.Arr a) || a.items().isEmpty()) {
                ctx.report(rule, errors.get().position(), "ErrorEquals must be a non-empty array of error names",
                        "e.g. [\"States.TaskFailed\"] or [\"States.ALL\"]");
                continue;
            }
            boolean all = false;
            for (SourceValue item : a.items()) {
                if (!Fields.isString(item)) {
                    ctx.report(rule, item.position(), "ErrorEquals holds error names (strings), not " + item.typeName(),
                            "");
                } else if ("States.ALL".equals(((SourceValue.Scalar) item).value())) {
                    all = true;
                }
            }
            if (all && a.items().size() > 1) {
                ctx.report(rule, a.position(), "States.ALL must be the only error name in its ErrorEquals",
                        "States.ALL already matches every error: remove the others or move them to an earlier entry");
            }
            if (all && i != entries.size() - 1) {
                ctx.report(rule, a.position(), "the " + field + " entry with States.ALL must be the last one",
                        "entries after it can never match: move it to the end");
            }
        }
    }
}
