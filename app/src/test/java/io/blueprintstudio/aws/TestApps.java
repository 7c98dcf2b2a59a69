package io.blueprintstudio.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.DefaultStackSynthesizer;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketProps;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.s3.assets.AssetProps;
import software.amazon.awscdk.services.sqs.CfnQueue;
import software.amazon.awscdk.services.sqs.CfnQueueProps;
import software.amazon.awscdk.services.sqs.Queue;

/** Small CDK apps synthesized into a cloud assembly with the standard synthesizer, for the deploy tests. */
final class TestApps {
    private TestApps() {
    }

    /**
     * {@code <prefix>-base} (a queue) and {@code <prefix>-app} (a bucket and a file asset) depending on it;
     * {@code extraQueue} adds a second queue to the app stack, for an update.
     */
    static Path withFileAsset(Path dir, String prefix, boolean extraQueue) {
        return withFileAsset(dir, prefix, extraQueue, false);
    }

    /** As {@link #withFileAsset(Path, String, boolean)}; {@code baseChange} adds a queue to the base stack too. */
    static Path withFileAsset(Path dir, String prefix, boolean extraQueue, boolean baseChange) {
        Path out = dir.resolve("cdk.out" + (extraQueue ? "-app2" : "") + (baseChange ? "-base2" : ""));
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        Stack base = stack(app, prefix + "-base");
        new Queue(base, "Inbox");
        if (baseChange) {
            new Queue(base, "Outbox");
        }
        Stack stack = stack(app, prefix + "-app");
        stack.addDependency(base);
        new Bucket(stack, "Landing", BucketProps.builder().removalPolicy(RemovalPolicy.DESTROY).build());
        Asset jar = new Asset(stack, "HandlerJar", AssetProps.builder().path(assetFile(dir).toString()).build());
        new CfnOutput(stack, "JarKey", CfnOutputProps.builder().value(jar.getS3ObjectKey()).build());
        if (extraQueue) {
            new Queue(stack, "Retries");
        }
        app.synth();
        return out;
    }

    /** One stack whose second queue has a retention period SQS rejects (10 s; the minimum is 60). */
    static Path withRejectedQueue(Path dir, String prefix) {
        Path out = dir.resolve("cdk.out.bad");
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        Stack stack = stack(app, prefix + "-bad");
        Queue good = new Queue(stack, "Good");
        CfnQueue bad = new CfnQueue(stack, "TooShortRetention", CfnQueueProps.builder().messageRetentionPeriod(10)
                .build());
        bad.getNode().addDependency(good);
        app.synth();
        return out;
    }

    /** One stack of 400 queues: a template over CloudFormation's 51,200-byte inline limit. */
    static Path withLargeTemplate(Path dir, String prefix) {
        Path out = dir.resolve("cdk.out.large");
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        Stack stack = stack(app, prefix + "-large");
        for (int i = 0; i < 400; i++) {
            new CfnQueue(stack, "Queue" + i, CfnQueueProps.builder().visibilityTimeout(30 + i % 60)
                    .tags(java.util.List.of(software.amazon.awscdk.CfnTag.builder().key("purpose")
                            .value("a template over the inline limit").build())).build());
        }
        app.synth();
        return out;
    }

    /**
     * One stack with a custom resource whose function never answers CloudFormation, so the stack stays
     * CREATE_IN_PROGRESS (on AWS for up to an hour): what a cancel during a create meets.
     */
    static Path withCustomResourceThatNeverAnswers(Path dir, String prefix) {
        return slow(dir, prefix, true);
    }

    /**
     * {@code <prefix>-slow}: a queue, and with {@code customResource} a custom resource whose function never answers
     * (CloudFormation gives up after its 8 s ServiceTimeout), so the stack stays *_IN_PROGRESS until then.
     */
    static Path slow(Path dir, String prefix, boolean customResource) {
        Path out = dir.resolve(customResource ? "cdk.out.slow" : "cdk.out.quick");
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        Stack stack = stack(app, prefix + "-slow");
        new Queue(stack, "Work");
        if (!customResource) {
            app.synth();
            return out;
        }
        customResource(stack, "NeverAnswers", "def handler(event, context):\n    return None  # never answers\n", 8);
        app.synth();
        return out;
    }

    /**
     * {@code <prefix>-late}: a queue, and with a {@code function} URL a custom resource whose function is served
     * there (MiniStack's Lambda proxy mode), for an update that stays UPDATE_IN_PROGRESS as long as it waits.
     */
    static Path lateAnswer(Path dir, String prefix, java.net.URI function) {
        Path out = dir.resolve(function != null ? "cdk.out.late2" : "cdk.out.late1");
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        Stack stack = stack(app, prefix + "-late");
        new Queue(stack, "Work");
        if (function != null) {
            var fn = customResource(stack, "LateAnswer", "def handler(event, context):\n    return None\n", 60);
            fn.setEnvironment(software.amazon.awscdk.services.lambda.CfnFunction.EnvironmentProperty.builder()
                    .variables(java.util.Map.of("MINISTACK_LAMBDA_PROXY_URL", function.toString())).build());
        }
        app.synth();
        return out;
    }

    /**
     * {@code <prefix>-first}, {@code -second}, {@code -third}: each after the one before, each reading the SSM
     * parameter the one before writes, as the sample's stacks do. Before the first is deployed only it can be
     * previewed: CloudFormation refuses the others' change sets while their parameter is missing.
     */
    static Path withSsmChain(Path dir, String prefix) {
        Path out = dir.resolve("cdk.out.chain");
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        String previous = null;
        Stack before = null;
        for (String name : java.util.List.of("first", "second", "third")) {
            Stack stack = stack(app, prefix + "-" + name);
            String value = previous == null ? "start"
                    : software.amazon.awscdk.services.ssm.StringParameter.valueForStringParameter(stack, previous);
            String parameter = "/bps-test/" + prefix + "/" + name;
            new software.amazon.awscdk.services.ssm.StringParameter(stack, "Handoff",
                    software.amazon.awscdk.services.ssm.StringParameterProps.builder().parameterName(parameter)
                            .stringValue(value).build());
            if (before != null) {
                stack.addDependency(before);
            }
            before = stack;
            previous = parameter;
        }
        app.synth();
        return out;
    }

    /** A Python function and a custom resource it backs, which CloudFormation waits {@code timeout} s for. */
    private static software.amazon.awscdk.services.lambda.CfnFunction customResource(Stack stack, String id,
            String code, int timeout) {
        var role = new software.amazon.awscdk.services.iam.Role(stack, "FunctionRole",
                software.amazon.awscdk.services.iam.RoleProps.builder()
                        .assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal("lambda.amazonaws.com"))
                        .build());
        var fn = new software.amazon.awscdk.services.lambda.CfnFunction(stack, "Silent",
                software.amazon.awscdk.services.lambda.CfnFunctionProps.builder().runtime("python3.12")
                        .handler("index.handler").role(role.getRoleArn()).timeout(30)
                        .code(software.amazon.awscdk.services.lambda.CfnFunction.CodeProperty.builder()
                                .zipFile(code).build()).build());
        new software.amazon.awscdk.CfnCustomResource(stack, id,
                software.amazon.awscdk.CfnCustomResourceProps.builder().serviceToken(fn.getAttrArn())
                        .serviceTimeout(timeout).build());
        return fn;
    }

    private static Stack stack(App app, String name) {
        return new Stack(app, name, StackProps.builder().synthesizer(new DefaultStackSynthesizer()).build());
    }

    private static Path assetFile(Path dir) {
        try {
            Path f = dir.resolve("handler.jar");
            if (!Files.exists(f)) {
                Files.write(f, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
