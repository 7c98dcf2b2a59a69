package io.blueprintstudio.aws;

import java.util.List;
import software.amazon.awssdk.profiles.ProfileFile;

/** The profile names in the user's AWS config and credentials files, read the way the SDK reads them. */
public final class AwsProfiles {
    private AwsProfiles() {
    }

    /** The names, sorted; empty when there are no files. A broken file gives an error naming it. */
    public static List<String> names() throws DeployException {
        try {
            return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
        } catch (RuntimeException e) {
            throw new DeployException("cannot read your AWS config files (~/.aws/config, ~/.aws/credentials): "
                    + e.getMessage(), e);
        }
    }
}
