package io.blueprintstudio.aws;

import java.util.Optional;

/**
 * A deployed state machine as a tail needs it: STANDARD machines keep their history in the Step Functions API,
 * EXPRESS machines only in their CloudWatch log group (when it logs at level ALL).
 */
public record MachineInfo(String arn, String name, String type, Optional<String> logGroup, String logLevel) {
    public boolean isExpress() {
        return "EXPRESS".equals(type);
    }
}
