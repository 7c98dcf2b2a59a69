package io.blueprintstudio.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.LayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.RuntimeFamily;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/dataops-lambda}, per function: the Lambda from {@code srcDir} (a jar or a folder) with its
 * imported role, environment encrypted with the project key, memory, ephemeral storage, timeout, retries, max
 * event age and an encrypted SQS dead-letter queue, a KMS-encrypted log group, the SSM parameters MDAA publishes,
 * and what MDAA leaves to the user: a least-privilege policy on the role ({@link LambdaPolicy}).
 */
final class LambdaConstruct extends Construct {

    /** The deployed function names, in config order. */
    final List<String> functionNames = new ArrayList<>();
    final List<String> logGroupNames = new ArrayList<>();

    /** {@code access} says what the function with that {@code functionName} touches beyond its config. */
    LambdaConstruct(ModuleScope s, Function<String, LambdaAccess> access) {
        super(s.stack(), "Lambda");
        IKey projectKey = s.config().text("projectName") == null ? null
                : Key.fromKeyArn(this, "ProjectKey", s.reference("project:kmsArn/default", "/projectName"));
        for (ConfigValues f : s.config().at("functions").items()) {
            String id = f.text("functionName");
            if (id != null) {
                function(s, f, id, projectKey, access.apply(id));
            }
        }
    }

    private void function(ModuleScope s, ConfigValues f, String id, IKey key, LambdaAccess access) {
        String pointer = f.pointer();
        String name = s.names().resource(id, MdaaNames.LAMBDA);
        Path code = code(s, f, id);
        Runtime runtime = runtime(s, f, id);
        String roleArn = s.text(f.at("roleArn"));
        if (code == null || runtime == null || roleArn == null) {
            return;
        }
        Construct scope = s.from(new Construct(this, "Function-" + id), pointer);
        IRole role = Role.fromRoleArn(scope, "Role", roleArn, FromRoleArnOptions.builder().mutable(false).build());
        Queue dlq = s.deadLetterQueue(scope, "DeadLetterQueue", id + "-dlq", key);
        LogGroup logs = LogGroup.Builder.create(scope, "LogGroup").logGroupName("/aws/lambda/" + name)
                .encryptionKey(key).removalPolicy(RemovalPolicy.RETAIN).build();
        Map<String, String> env = environment(s, f, name);
        Integer reserved = f.integer("reservedConcurrentExecutions");
        software.amazon.awscdk.services.lambda.Function fn = software.amazon.awscdk.services.lambda.Function.Builder
                .create(scope, "Function")
                .functionName(name)
                .description(f.text("description"))
                .code(Code.fromAsset(code.toString()))
                .handler(f.text("handler"))
                .runtime(runtime)
                .role(role)
                .environment(env)
                .environmentEncryption(key)
                .memorySize(f.integer("memorySizeMB"))
                .ephemeralStorageSize(mebibytes(f.integer("ephemeralStorageSizeMB")))
                .timeout(seconds(f.integer("timeoutSeconds")))
                .retryAttempts(f.integer("retryAttempts"))
                .maxEventAge(seconds(f.integer("maxEventAgeSeconds")))
                .deadLetterQueue(dlq)
                .logGroup(logs)
                .reservedConcurrentExecutions(reserved)
                .layers(layers(s, scope, f))
                .build();
        if (reserved == null) {
            NagChecks.byDesign(fn, "lambda-unreserved-concurrency");
        }
        if (f.at("vpcConfig").present()) {
            s.error("SYNTH-VPC", pointer + "/vpcConfig", "Blueprint Studio does not synthesize vpcConfig yet; the "
                    + "function would be deployed outside the VPC", "remove vpcConfig, or deploy this module with MDAA");
        } else {
            NagChecks.byDesign(fn, "lambda-outside-vpc");
        }
        new LambdaPolicy(s, pointer, id).attach(scope, role, env, dlq, key, access);
        functionNames.add(name);
        logGroupNames.add("/aws/lambda/" + name);
        s.publish(scope, "lambda", id, "name", fn.getFunctionName());
        s.publish(scope, "lambda", id, "arn", fn.getFunctionArn());
        s.publish(scope, "lambda", id, "log-group", logs.getLogGroupName());
        s.publish(scope, "sqs", id + "-dlq", "arn", dlq.getQueueArn());
    }

    private static Path code(ModuleScope s, ConfigValues f, String id) {
        String src = f.text("srcDir");
        if (src == null) {
            return null;
        }
        Path p = Path.of(src);
        if (!p.isAbsolute()) {
            p = s.blueprint().folder().resolve(p).normalize();
        }
        if (!Files.exists(p)) {
            s.error("SYNTH-CODE-MISSING", f.pointer() + "/srcDir", "the code of Lambda `" + id + "` is not there: "
                    + p, "build it first (for the converter: ./mvnw package -pl converter-lambda) or correct srcDir");
            return null;
        }
        return p;
    }

    private static Runtime runtime(ModuleScope s, ConfigValues f, String id) {
        String name = f.text("runtime");
        if (name == null || name.isBlank()) {
            s.error("SYNTH-RUNTIME", f.pointer(), "Lambda `" + id + "` has no runtime",
                    "add runtime: java21 (or python3.12, nodejs20.x, ...)");
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        RuntimeFamily family = n.startsWith("java") ? RuntimeFamily.JAVA : n.startsWith("python")
                ? RuntimeFamily.PYTHON : n.startsWith("nodejs") ? RuntimeFamily.NODEJS : n.startsWith("dotnet")
                ? RuntimeFamily.DOTNET_CORE : n.startsWith("ruby") ? RuntimeFamily.RUBY : RuntimeFamily.OTHER;
        return new Runtime(n, family);
    }

    private static Map<String, String> environment(ModuleScope s, ConfigValues f, String name) {
        Map<String, String> env = new LinkedHashMap<>();
        f.at("environment").entries().forEach((k, v) -> {
            String value = s.text(v);
            if (value != null) {
                env.put(k, value);
            }
        });
        env.putAll(s.options().lambdaExtras().extraFor(name));
        return env;
    }

    /** {@code layerArns: {name: arn}}: existing layers, by ARN. */
    private static List<ILayerVersion> layers(ModuleScope s, Construct scope, ConfigValues f) {
        List<ILayerVersion> out = new ArrayList<>();
        f.at("layerArns").entries().forEach((name, arn) -> {
            String value = s.text(arn);
            if (value != null) {
                out.add(LayerVersion.fromLayerVersionArn(scope, "Layer-" + name, value));
            }
        });
        return out;
    }

    private static Size mebibytes(Integer mb) {
        return mb == null ? null : Size.mebibytes(mb);
    }

    private static Duration seconds(Integer s) {
        return s == null ? null : Duration.seconds(s);
    }
}
