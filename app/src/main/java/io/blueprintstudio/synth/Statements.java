package io.blueprintstudio.synth;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.PolicyStatement;

/** The IAM statements our constructs write into the policies they add. */
final class Statements {
    private Statements() {
    }

    static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build();
    }

    static PolicyStatement allow(String sid, List<String> actions, List<String> resources,
            Map<String, Object> conditions) {
        return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources)
                .conditions(conditions).build();
    }
}
