package io.blueprintstudio.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.BucketProps;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.amazon.awscdk.services.ssm.StringParameterProps;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * The CDK bootstrap our deploys rely on: the assets bucket and the version parameter the templates' {@code
 * CheckBootstrapVersion} rule reads. Our own minimal bootstrap stack ({@value #STACK_NAME}) holds just those two
 * (deploys use the caller's credentials, so the CDK's deploy and publishing roles are not created), built with the
 * CDK itself.
 */
public final class Bootstrap {
    /** The CDK's default qualifier, which every template with the default synthesizer refers to. */
    public static final String QUALIFIER = "hnb659fds";
    public static final String VERSION_PARAMETER = "/cdk-bootstrap/" + QUALIFIER + "/version";
    public static final String STACK_NAME = "CDKToolkit";
    /** Tells our bootstrap stack from the CDK CLI's, which must never be replaced by ours. */
    static final String DESCRIPTION = "CDK bootstrap for Blueprint Studio deploys: assets bucket and version parameter";

    private final S3Client s3;
    private final SsmClient ssm;

    Bootstrap(S3Client s3, SsmClient ssm) {
        this.s3 = s3;
        this.ssm = ssm;
    }

    /** Reads the bucket and the version parameter. */
    BootstrapStatus check(AwsEnvironment env, int required) throws DeployException {
        try {
            return new BootstrapStatus(env.bootstrapBucket(), bucketExists(env.bootstrapBucket()), version(),
                    required);
        } catch (SdkException e) {
            throw new DeployException("could not check the CDK bootstrap in " + env + ": " + Errors.message(e), e);
        }
    }

    private boolean bucketExists(String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (NoSuchBucketException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private OptionalInt version() {
        try {
            String v = ssm.getParameter(b -> b.name(VERSION_PARAMETER)).parameter().value();
            return OptionalInt.of(Integer.parseInt(v.trim()));
        } catch (ParameterNotFoundException e) {
            return OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.of(0);
        }
    }

    /**
     * The bootstrap stack as an artifact of its own one-stack assembly in {@code dir}; without {@code withBucket}
     * it names the existing assets bucket instead of holding it.
     */
    static StackArtifact stack(int version, Path dir, boolean withBucket) throws DeployException {
        App app = new App(AppProps.builder().outdir(dir.toString()).build());
        Stack stack = new Stack(app, STACK_NAME, StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer()) // it cannot need the bootstrap it makes
                .description(DESCRIPTION)
                .build());
        String bucketName = Fn.sub("cdk-" + QUALIFIER + "-assets-${AWS::AccountId}-${AWS::Region}");
        if (withBucket) {
            bucketName = new Bucket(stack, "StagingBucket", BucketProps.builder()
                    .bucketName(bucketName)
                    .encryption(BucketEncryption.S3_MANAGED).enforceSsl(true)
                    .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                    .removalPolicy(RemovalPolicy.RETAIN).build()).getBucketName();
        }
        new StringParameter(stack, "CdkBootstrapVersion", StringParameterProps.builder()
                .parameterName(VERSION_PARAMETER).stringValue(Integer.toString(version))
                .description("The version of the bootstrap resources in this environment").build());
        new CfnOutput(stack, "BucketName", CfnOutputProps.builder().value(bucketName).build());
        new CfnOutput(stack, "BootstrapVersion", CfnOutputProps.builder().value(Integer.toString(version)).build());
        app.synth();
        Path template = dir.resolve(STACK_NAME + ".template.json");
        if (!Files.isRegularFile(template)) {
            throw new UncheckedIOException(new IOException("the CDK wrote no bootstrap template to " + template));
        }
        return new StackArtifact(STACK_NAME, STACK_NAME, template, List.of(), List.of(), Map.of(), Map.of(), 0,
                "aws://unknown-account/unknown-region", StackArtifact.sha256(template));
    }
}
