package io.blueprintstudio.validate.asl;

import java.util.regex.Pattern;

/** The forms a Task's Resource takes. */
final class TaskResources {
    private static final String PARTITION = "aws(-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?";
    private static final String REGION = "[a-z]{2}(-[a-z]+)+-\\d";
    /** {@code arn:aws:states:::service:action[.sync[:2]|.waitForTaskToken]}, also the SDK form aws-sdk:svc:action. */
    static final Pattern SERVICE = Pattern.compile("arn:" + PARTITION
            + ":states:::(aws-sdk:)?[a-z0-9-]+(:[A-Za-z0-9.-]+)*?:[A-Za-z][A-Za-z0-9]*(\\.sync(:2)?|\\.waitForTaskToken)?");
    static final Pattern LAMBDA = Pattern.compile("arn:" + PARTITION + ":lambda:" + REGION
            + ":\\d{12}:function:[A-Za-z0-9_-]{1,64}(:(\\$LATEST|[A-Za-z0-9_-]+))?");
    static final Pattern ACTIVITY = Pattern.compile("arn:" + PARTITION + ":states:" + REGION
            + ":\\d{12}:activity:[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/]{1,80}");
    /** Substitutions done before deployment: MDAA/CloudFormation {@code {{...}}} and {@code ${...}}. */
    static final Pattern PLACEHOLDER = Pattern.compile(".*(\\{\\{[^}]+}}|\\$\\{[^}]+}).*");

    private TaskResources() {
    }

    static boolean isPlaceholder(String r) {
        return PLACEHOLDER.matcher(r).matches();
    }

    static boolean isValid(String r) {
        return SERVICE.matcher(r).matches() || LAMBDA.matcher(r).matches() || ACTIVITY.matcher(r).matches();
    }
}
