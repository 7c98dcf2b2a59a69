package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.Text;
import io.blueprintstudio.validate.Severity;

/**
 * A Task's Resource is a service integration ({@code arn:aws:states:::sns:publish}, with {@code .sync} or
 * {@code .waitForTaskToken}), a Lambda function ARN, or an activity ARN. Placeholders resolved before deployment are
 * left to {@link ResourcePlaceholderRule}.
 */
public final class TaskResourceRule implements AslRule {
    @Override
    public String code() {
        return "ASL-RESOURCE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "a Task's Resource is a service integration, Lambda function or activity ARN";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (!(s instanceof State.Task t) || t.resource().isEmpty()) {
                continue;
            }
            Text r = t.resource().get();
            if (TaskResources.isPlaceholder(r.value()) || TaskResources.isValid(r.value())) {
                continue;
            }
            ctx.report(this, r.position(), "Resource of \"" + s.name() + "\" is not a Task resource ARN: \""
                    + r.value() + "\"", hint(r.value()));
        }
    }

    private static String hint(String r) {
        if (r.startsWith("arn:") && r.contains(":states:::")) {
            return "a service integration names service and action: arn:aws:states:::sns:publish, "
                    + "arn:aws:states:::glue:startJobRun.sync";
        }
        if (r.contains(":lambda:")) {
            return "a Lambda function ARN: arn:aws:lambda:<region>:<12-digit account>:function:<name>[:alias]";
        }
        return "use arn:aws:states:::<service>:<action>, arn:aws:lambda:<region>:<account>:function:<name>, "
                + "or arn:aws:states:<region>:<account>:activity:<name>";
    }
}
