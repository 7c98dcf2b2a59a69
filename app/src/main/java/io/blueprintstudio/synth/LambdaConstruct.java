package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.LambdaConfig;
import io.blueprintstudio.synth.ExternalResources.BucketPrefix;
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
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.RuntimeFamily;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/dataops-lambda}, per function: the Lambda from {@code srcDir} (a jar or a folder) with its
 * imported role, environment encrypted with the project key, memory, ephemeral storage, timeout, retries, max
 * event age and an encrypted SQS dead-letter queue, a KMS-encrypted log group, the SSM parameters MDAA publishes,
 * and what MDAA leaves to the user: a least-privilege policy on the role for the S3 prefixes it reads and writes,
 * the data lake key, its dead-letter queue and the project key.
 */
final class LambdaConstruct extends Construct {

    /** The deployed function names, in config order. */
    final List<String> functionNames = new ArrayList<>();
    final List<String> logGroupNames = new ArrayList<>();

    LambdaConstruct(ModuleScope s, LambdaConfig config, Function<LambdaConfig.Function, LambdaAccess> access) {
        super(s.stack(), "Lambda");
        IKey projectKey = projectKey(s, config);
        for (LambdaConfig.Function f : config.functions()) {
            function(s, f, projectKey, access.apply(f));
        }
    }

    private IKey projectKey(ModuleScope s, LambdaConfig config) {
        if (config.projectName() == null) {
            return null;
        }
        String arn = s.value("project:kmsArn/default", "/projectName");
        return Key.fromKeyArn(this, "ProjectKey", arn);
    }

    private void function(ModuleScope s, LambdaConfig.Function f, IKey key, LambdaAccess access) {
        String pointer = f.pointer();
        String id = f.functionName();
        String name = s.names().resource(id, MdaaNames.LAMBDA);
        Path code = code(s, f);
        Runtime runtime = runtime(s, f);
        String roleArn = s.value(f.roleArn(), pointer + "/roleArn");
        if (code == null || runtime == null || roleArn == null) {
            return;
        }
        Construct scope = s.from(new Construct(this, "Function-" + id), pointer);
        IRole role = Role.fromRoleArn(scope, "Role", roleArn,
                software.amazon.awscdk.services.iam.FromRoleArnOptions.builder().mutable(false).build());
        Queue dlq = s.deadLetterQueue(scope, "DeadLetterQueue", id + "-dlq", key);
        LogGroup logs = LogGroup.Builder.create(scope, "LogGroup").logGroupName("/aws/lambda/" + name)
                .encryptionKey(key).removalPolicy(RemovalPolicy.RETAIN).build();
        Map<String, String> env = environment(s, f, name);
        software.amazon.awscdk.services.lambda.Function fn = software.amazon.awscdk.services.lambda.Function.Builder
                .create(scope, "Function")
                .functionName(name)
                .description(f.description())
                .code(Code.fromAsset(code.toString()))
                .handler(s.resolved(f.handler(), pointer + "/handler"))
                .runtime(runtime)
                .role(role)
                .environment(env)
                .environmentEncryption(key)
                .memorySize(f.memorySizeMB())
                .ephemeralStorageSize(f.ephemeralStorageSizeMB() == null ? null
                        : Size.mebibytes(f.ephemeralStorageSizeMB()))
                .timeout(f.timeoutSeconds() == null ? null : Duration.seconds(f.timeoutSeconds()))
                .retryAttempts(f.retryAttempts())
                .maxEventAge(f.maxEventAgeSeconds() == null ? null : Duration.seconds(f.maxEventAgeSeconds()))
                .deadLetterQueue(dlq)
                .logGroup(logs)
                .reservedConcurrentExecutions(reservedConcurrency(f))
                .layers(layers(s, scope, f))
                .build();
        if (reservedConcurrency(f) == null) {
            NagChecks.byDesign(fn, "lambda-unreserved-concurrency");
        }
        if (f.raw().get("vpcConfig") != null) {
            s.error("SYNTH-VPC", pointer + "/vpcConfig", "Blueprint Studio does not synthesize vpcConfig yet; the "
                    + "function would be deployed outside the VPC", "remove vpcConfig, or deploy this module with MDAA");
        } else {
            NagChecks.byDesign(fn, "lambda-outside-vpc");
        }
        accessPolicy(s, scope, id, role, env, dlq, key, access);
        functionNames.add(name);
        logGroupNames.add("/aws/lambda/" + name);
        ssm(s, scope, "lambda", id, "name", fn.getFunctionName());
        ssm(s, scope, "lambda", id, "arn", fn.getFunctionArn());
        ssm(s, scope, "lambda", id, "log-group", logs.getLogGroupName());
        ssm(s, scope, "sqs", id + "-dlq", "arn", dlq.getQueueArn());
    }

    private static Path code(ModuleScope s, LambdaConfig.Function f) {
        String src = s.resolved(f.srcDir(), f.pointer() + "/srcDir");
        if (src == null) {
            return null;
        }
        Path p = Path.of(src);
        if (!p.isAbsolute()) {
            p = s.blueprint().folder().resolve(p).normalize();
        }
        if (!Files.exists(p)) {
            s.error("SYNTH-CODE-MISSING", f.pointer() + "/srcDir", "the code of Lambda `" + f.functionName()
                    + "` is not there: " + p, "build it first (for the converter: ./mvnw package -pl converter-lambda)"
                    + " or correct srcDir");
            return null;
        }
        return p;
    }

    private static Runtime runtime(ModuleScope s, LambdaConfig.Function f) {
        String name = s.resolved(f.runtime(), f.pointer() + "/runtime");
        if (name == null || name.isBlank()) {
            s.error("SYNTH-RUNTIME", f.pointer(), "Lambda `" + f.functionName() + "` has no runtime",
                    "add runtime: java21 (or python3.12, nodejs20.x, ...)");
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        RuntimeFamily family = n.startsWith("java") ? RuntimeFamily.JAVA : n.startsWith("python")
                ? RuntimeFamily.PYTHON : n.startsWith("nodejs") ? RuntimeFamily.NODEJS : n.startsWith("dotnet")
                ? RuntimeFamily.DOTNET_CORE : n.startsWith("ruby") ? RuntimeFamily.RUBY : RuntimeFamily.OTHER;
        return new Runtime(n, family);
    }

    private static Map<String, String> environment(ModuleScope s, LambdaConfig.Function f, String name) {
        Map<String, String> env = new LinkedHashMap<>();
        f.environment().forEach((k, v) -> env.put(k, s.value(v, f.pointer() + "/environment/" + k)));
        env.putAll(s.options().lambdaExtras().extraFor(name));
        return env;
    }

    /**
     * The role is imported, so nothing CDK would grant reaches it: this policy grants what the function does. Read
     * under the prefixes that start it, write under {@code DEST_BUCKET_NAME}/{@code DEST_PREFIX}.
     */
    private void accessPolicy(ModuleScope s, Construct scope, String id, IRole role, Map<String, String> env,
            Queue dlq, IKey key, LambdaAccess access) {
        String partition = s.stack().getPartition();
        List<PolicyStatement> statements = new ArrayList<>();
        List<String> reads = access.reads().stream().map(r -> LambdaAccess.objects(partition, r)).distinct().toList();
        if (!reads.isEmpty()) {
            statements.add(statement("ReadSource", List.of("s3:GetObject"), reads));
        }
        String destBucket = env.get("DEST_BUCKET_NAME");
        if (destBucket != null && !destBucket.isBlank()) {
            String dest = LambdaAccess.objects(partition, new BucketPrefix(destBucket, env.getOrDefault("DEST_PREFIX",
                    "")));
            statements.add(statement("WriteDestination", List.of("s3:PutObject", "s3:AbortMultipartUpload"),
                    List.of(dest)));
        }
        List<String> keys = new ArrayList<>(access.dataLakeKeyArns());
        if (key != null) {
            keys.add(key.getKeyArn());
        }
        if (!keys.isEmpty()) {
            statements.add(statement("UseKeys", List.of("kms:Decrypt", "kms:GenerateDataKey"), keys));
        }
        statements.add(statement("DeadLetters", List.of("sqs:SendMessage"), List.of(dlq.getQueueArn())));
        ManagedPolicy policy = ManagedPolicy.Builder.create(scope, "AccessPolicy")
                .managedPolicyName(s.names().resource(id + "-access", MdaaNames.POLICY))
                .description("What Lambda " + id + " reads, writes and decrypts")
                .statements(statements)
                .roles(List.of(role))
                .build();
        NagChecks.byDesign(policy, "lambda-access-policy");
    }

    /** {@code layerArns: {name: arn}}: existing layers, by ARN. */
    private static List<software.amazon.awscdk.services.lambda.ILayerVersion> layers(ModuleScope s, Construct scope,
            LambdaConfig.Function f) {
        List<software.amazon.awscdk.services.lambda.ILayerVersion> out = new ArrayList<>();
        f.layerArns().forEach((name, arn) -> out.add(software.amazon.awscdk.services.lambda.LayerVersion
                .fromLayerVersionArn(scope, "Layer-" + name, s.value(arn, f.pointer() + "/layerArns/" + name))));
        return out;
    }

    private static Number reservedConcurrency(LambdaConfig.Function f) {
        return f.raw().get("reservedConcurrentExecutions") instanceof Number n ? n : null;
    }

    private static PolicyStatement statement(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build();
    }

    private static void ssm(ModuleScope s, Construct scope, String type, String id, String attr, String value) {
        StringParameter.Builder.create(scope, "Ssm-" + type + "-" + attr).parameterName(s.names().ssm(type, id, attr))
                .stringValue(value).build();
    }
}
