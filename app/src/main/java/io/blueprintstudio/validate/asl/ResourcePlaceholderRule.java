package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.Text;
import io.blueprintstudio.validate.Severity;

/**
 * A Resource holding a placeholder ({@code {{resolve:ssm:...}}}, {@code {{context:...}}}, {@code ${...}}) is
 * resolved when the blueprint is deployed; it cannot be checked until then. A note, so a user knows it was not.
 */
public final class ResourcePlaceholderRule implements AslRule {
    @Override
    public String code() {
        return "ASL-RESOURCE-PLACEHOLDER";
    }

    @Override
    public Severity severity() {
        return Severity.NOTE;
    }

    @Override
    public String description() {
        return "a Resource with a {{...}} placeholder is checked only after the blueprint resolves it";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (s instanceof State.Task t && t.resource().isPresent()
                    && TaskResources.isPlaceholder(t.resource().get().value())) {
                Text r = t.resource().get();
                ctx.report(this, r.position(), "Resource of \"" + s.name() + "\" is a placeholder (" + r.value()
                        + "), resolved at deployment; its ARN is checked then", "");
            }
        }
    }
}
