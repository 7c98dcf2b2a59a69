package io.blueprintstudio.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Short, credential-free messages for SDK errors, fit for a progress line. */
final class Errors {
    private Errors() {
    }

    static String message(SdkException e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
            String m = a.awsErrorDetails().errorMessage();
            return (m == null || m.isBlank() ? a.awsErrorDetails().errorCode() : m)
                    + " (" + a.awsErrorDetails().serviceName() + " " + a.statusCode() + ")";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + ": " + root.getMessage();
    }
}
