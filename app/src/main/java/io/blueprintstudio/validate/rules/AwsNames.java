package io.blueprintstudio.validate.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** AWS's rules for bucket names and ARNs: what is wrong with a value, or empty when it is fine. */
final class AwsNames {
    private static final Pattern BUCKET_CHARS = Pattern.compile("^[a-z0-9][a-z0-9.-]*[a-z0-9]$");
    private static final Pattern IP = Pattern.compile("^\\d+\\.\\d+\\.\\d+\\.\\d+$");
    private static final Pattern ARN = Pattern.compile(
            "^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f):([a-z0-9-]+):"
                    + "([a-z]{2}(-[a-z]+)+-\\d+)?:(\\d{12}|aws)?:(.+)$");

    private AwsNames() {
    }

    static Optional<String> bucketProblem(String name) {
        if (name.length() < 3 || name.length() > 63) {
            return Optional.of("is " + name.length() + " characters; a bucket name has 3 to 63");
        }
        if (!BUCKET_CHARS.matcher(name).matches()) {
            return Optional.of("may hold only lower-case letters, digits, . and -, and must start and end with a "
                    + "letter or digit");
        }
        if (name.contains("..") || name.contains(".-") || name.contains("-.")) {
            return Optional.of("must not have two periods, or a period next to a hyphen, in a row");
        }
        if (IP.matcher(name).matches()) {
            return Optional.of("must not look like an IP address");
        }
        if (name.startsWith("xn--") || name.startsWith("sthree-") || name.endsWith("-s3alias")
                || name.endsWith("--ol-s3")) {
            return Optional.of("uses a prefix or suffix S3 reserves (xn--, sthree-, -s3alias, --ol-s3)");
        }
        return Optional.empty();
    }

    static Optional<String> arnProblem(String arn) {
        if (!arn.startsWith("arn:")) {
            return Optional.of("is not an ARN (arn:partition:service:region:account:resource)");
        }
        if (!ARN.matcher(arn).matches()) {
            return Optional.of("is not a well-formed ARN: expected arn:<partition>:<service>:<region>:<12-digit "
                    + "account>:<resource>");
        }
        return Optional.empty();
    }
}
