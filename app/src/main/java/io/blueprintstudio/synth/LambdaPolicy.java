package io.blueprintstudio.synth;

import io.blueprintstudio.synth.ExternalResources.BucketPrefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The least-privilege policy on a Lambda's imported role (MDAA removes CDK's automatic grants, so nothing else
 * reaches it), for what the converter handler calls: {@code HeadObject} and {@code GetObject} on the keys that
 * start its state machines, {@code ListBucket} there so a key that is gone answers 404 rather than 403,
 * {@code PutObject} and the multipart calls under {@code DEST_BUCKET_NAME}/{@code DEST_PREFIX} (the handler's
 * contract; it refuses to run without both), the data lake key through S3 only, the project key (environment
 * variables and the dead-letter queue) and the dead-letter queue. What it cannot grant is a located warning.
 */
final class LambdaPolicy {
    static final String DEST_BUCKET = "DEST_BUCKET_NAME";
    static final String DEST_PREFIX = "DEST_PREFIX";

    private final ModuleScope s;
    private final String pointer;
    private final String id;
    private final String partition;

    /** For function {@code id}, the config entry at {@code pointer}. */
    LambdaPolicy(ModuleScope s, String pointer, String id) {
        this.s = s;
        this.pointer = pointer;
        this.id = id;
        this.partition = s.stack().getPartition();
    }

    void attach(Construct scope, IRole role, Map<String, String> env, IQueue dlq, IKey projectKey,
            LambdaAccess access) {
        List<PolicyStatement> statements = new ArrayList<>(reads(access.reads()));
        write(env, access, statements);
        if (!access.dataLakeKeyArns().isEmpty()) {
            // Only S3 may use the data lake key for the role: the key decrypts the lake, not anything else.
            statements.add(Statements.allow("UseDataLakeKey", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                    access.dataLakeKeyArns(), Map.of("StringEquals", Map.of("kms:ViaService",
                            "s3." + s.stack().getRegion() + ".amazonaws.com"))));
        } else if (!statements.isEmpty()) {
            s.warn("SYNTH-LAMBDA-NO-DATA-KEY", pointer, "Lambda `" + id + "` reads or writes S3, but its project "
                    + "names no s3OutputKmsKeyArn, so its role is granted no key for the data lake: objects "
                    + "encrypted with a customer managed KMS key cannot be read or written (SSE-S3 works)",
                    "set s3OutputKmsKeyArn in the dataops-project config to the data lake's key");
        }
        if (projectKey != null) {
            // Lambda decrypts the environment and SQS encrypts dead letters with it, both as this role.
            statements.add(Statements.allow("UseProjectKey", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                    List.of(projectKey.getKeyArn())));
        }
        statements.add(Statements.allow("DeadLetters", List.of("sqs:SendMessage"), List.of(dlq.getQueueArn())));
        ManagedPolicy policy = ManagedPolicy.Builder.create(scope, "AccessPolicy")
                .managedPolicyName(s.names().resource(id + "-access", MdaaNames.POLICY))
                .description("What Lambda " + id + " reads, writes and decrypts")
                .statements(statements)
                .roles(List.of(role))
                .build();
        NagChecks.byDesign(policy, "lambda-access-policy");
        if (access.machines().isEmpty()) {
            s.warn("SYNTH-LAMBDA-UNCALLED", pointer, "no state machine of " + s.module().domain() + "/"
                    + s.module().env() + " invokes Lambda `" + id + "`, so its role is granted no source to read",
                    "call it from a Task state as {{resolve:ssm:" + s.names().ssm("lambda", id, "arn") + "}}, or "
                            + "remove the function");
        }
    }

    /** The keys that start the machines calling it, each bucket listable under those prefixes. */
    private List<PolicyStatement> reads(List<BucketPrefix> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        String suffix = s.options().keySuffix();
        List<String> objects = sources.stream().map(b -> objects(b.bucket(), S3Prefixes.matchedKeys(b.prefix(),
                suffix))).distinct().toList();
        Map<String, List<String>> prefixesByBucket = new LinkedHashMap<>();
        sources.forEach(b -> prefixesByBucket.computeIfAbsent(b.bucket(), k -> new ArrayList<>())
                .add(S3Prefixes.matchedKeys(b.prefix(), null)));
        List<PolicyStatement> out = new ArrayList<>();
        out.add(Statements.allow("ReadSource", List.of("s3:GetObject"), objects));
        prefixesByBucket.forEach((bucket, prefixes) -> out.add(Statements.allow(
                "ListSource" + (prefixesByBucket.size() > 1 ? out.size() : ""), List.of("s3:ListBucket"),
                List.of("arn:" + partition + ":s3:::" + bucket),
                // HeadObject's check for ListBucket carries no s3:prefix, so it passes; listings elsewhere do not
                Map.of("StringLikeIfExists", Map.of("s3:prefix", prefixes.stream().distinct().toList())))));
        return out;
    }

    private void write(Map<String, String> env, LambdaAccess access, List<PolicyStatement> statements) {
        String bucket = env.get(DEST_BUCKET);
        String prefix = env.get(DEST_PREFIX);
        if (bucket == null || bucket.isBlank() || prefix == null) {
            if (!access.machines().isEmpty()) {
                s.warn("SYNTH-LAMBDA-DESTINATION", pointer + "/environment", "Lambda `" + id + "` is invoked by "
                        + String.join(", ", access.machines()) + " but its environment lacks "
                        + (bucket == null || bucket.isBlank() ? DEST_BUCKET : DEST_PREFIX) + ": the converter "
                        + "refuses to run without " + DEST_BUCKET + " and " + DEST_PREFIX + ", and its role is "
                        + "granted nowhere to write", "set " + DEST_BUCKET + " and " + DEST_PREFIX
                        + " (empty for the bucket's root) under environment");
            }
            return;
        }
        statements.add(Statements.allow("WriteDestination", List.of("s3:PutObject", "s3:AbortMultipartUpload"),
                List.of(objects(bucket, S3Prefixes.folderKeys(prefix)))));
    }

    private String objects(String bucket, String keys) {
        return "arn:" + partition + ":s3:::" + bucket + "/" + keys;
    }
}
