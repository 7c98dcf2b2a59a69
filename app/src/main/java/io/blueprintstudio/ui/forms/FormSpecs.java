package io.blueprintstudio.ui.forms;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.LambdaConfig;
import io.blueprintstudio.blueprint.MdaaConfig;
import io.blueprintstudio.blueprint.RolesConfig;
import io.blueprintstudio.blueprint.StepFunctionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forms, as data: which fields each module kind and {@code mdaa.yaml} show, with AWS's limits. Lists whose
 * items are free-form (managed policies, suppressions, the ASL) are edited in the YAML editor instead.
 */
public final class FormSpecs {
    static final List<String> LAMBDA_RUNTIMES = List.of("java17", "java21", "python3.11", "python3.12",
            "python3.13", "nodejs20.x", "nodejs22.x");
    static final List<String> STATE_MACHINE_TYPES = List.of("STANDARD", "EXPRESS");
    /** CloudWatch Logs' allowed retention periods; MDAA reads 0 as "never expire". */
    static final List<String> RETENTION_DAYS = List.of("0", "1", "3", "5", "7", "14", "30", "60", "90", "120",
            "150", "180", "365", "400", "545", "731", "1096", "1827", "2192", "2557", "2922", "3288", "3653");
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1",
            "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "sa-east-1", "me-central-1", "af-south-1", "us-gov-west-1", "us-gov-east-1");

    private FormSpecs() {
    }

    /** The sections of one module's form; empty for module kinds without a form. */
    public static List<FormSection> forModule(BlueprintModule module) {
        return switch (module.kind()) {
            case ROLES -> module.roles().map(FormSpecs::roles).orElse(List.of());
            case DATAOPS_PROJECT -> project(module.document());
            case DATAOPS_LAMBDA -> module.lambda().map(FormSpecs::lambda).orElse(List.of());
            case DATAOPS_STEPFUNCTION -> module.stepFunction().map(FormSpecs::stepFunction).orElse(List.of());
            case OTHER -> List.of();
        };
    }

    /** Organization, region, and each environment's account and context values. */
    public static List<FormSection> forMdaa(MdaaConfig mdaa) {
        List<FormSection> out = new ArrayList<>();
        out.add(new FormSection("Blueprint", List.of(
                FieldSpec.name("Organization", "/organization", "[a-z0-9][a-z0-9-]{0,29}",
                        "must be 1–30 lower-case letters, digits or '-' (it starts every generated name)",
                        "Starts every stack, role and resource name MDAA generates."),
                FieldSpec.choice("Region", "/region", REGIONS, "The AWS region every module deploys to."))));
        for (MdaaConfig.Domain domain : mdaa.domains().values()) {
            for (MdaaConfig.Environment env : domain.environments().values()) {
                List<FieldSpec> fields = new ArrayList<>();
                String base = env.pointer();
                fields.add(FieldSpec.name("Account", base + "/account", "\\d{12}",
                        "must be a 12-digit AWS account id", "The account this environment deploys to."));
                for (String key : env.context().keySet()) {
                    String p = JsonPointer.append(base + "/context", key);
                    fields.add(key.endsWith("_arn") ? FieldSpec.arn(key, p, "Context value {{context:" + key + "}}.")
                            : FieldSpec.text(key, p, "Context value {{context:" + key + "}}."));
                }
                out.add(new FormSection("Environment " + domain.name() + " / " + env.name(), fields));
            }
        }
        return out;
    }

    private static List<FormSection> roles(RolesConfig config) {
        List<FormSection> out = new ArrayList<>();
        for (RolesConfig.GeneratedRole role : config.generateRoles().values()) {
            out.add(new FormSection("Role " + role.name(), List.of(FieldSpec.text("Trusted principal",
                    role.pointer() + "/trustedPrincipal", "service:NAME.amazonaws.com, account:ID or an ARN allowed to assume "
                            + "the role."))));
        }
        return out;
    }

    private static List<FormSection> project(Map<String, Object> doc) {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.arn("S3 output KMS key", "/s3OutputKmsKeyArn", "The data lake key outputs are "
                + "encrypted with."));
        fields.add(FieldSpec.arn("Glue catalog KMS key", "/glueCatalogKmsKeyArn", "The Glue catalog's key."));
        List<?> admins = doc.get("dataAdminRoles") instanceof List<?> l ? l : List.of();
        for (int i = 0; i < admins.size(); i++) {
            if (admins.get(i) instanceof Map<?, ?> m && m.containsKey("arn")) {
                fields.add(FieldSpec.arn("Data admin role " + (i + 1), "/dataAdminRoles/" + i + "/arn",
                        "A role allowed to administer the project's data."));
            }
        }
        return List.of(new FormSection("Project " + doc.getOrDefault("projectName", ""), fields));
    }

    private static List<FormSection> lambda(LambdaConfig config) {
        List<FormSection> out = new ArrayList<>();
        for (LambdaConfig.Function f : config.functions()) {
            String b = f.pointer();
            String name = f.functionName() == null ? String.valueOf(f.index() + 1) : f.functionName();
            out.add(new FormSection("Function " + name, List.of(
                    FieldSpec.name("Function name", b + "/functionName", "[A-Za-z0-9_-]{1,64}",
                            "must be 1–64 letters, digits, '-' or '_'", "Unique within the config."),
                    FieldSpec.text("Description", b + "/description", ""),
                    FieldSpec.text("Code (srcDir)", b + "/srcDir", "The jar, zip or folder deployed as the code."),
                    FieldSpec.text("Handler", b + "/handler", "For Java: package.Class (or package.Class::method)."),
                    FieldSpec.choice("Runtime", b + "/runtime", LAMBDA_RUNTIMES, ""),
                    FieldSpec.arn("Execution role", b + "/roleArn", "Usually generated-role-arn:NAME from roles."),
                    FieldSpec.number("Memory (MB)", b + "/memorySizeMB", 128, 10240, ""),
                    FieldSpec.number("Ephemeral storage (MB)", b + "/ephemeralStorageSizeMB", 512, 10240, "/tmp."),
                    FieldSpec.number("Timeout (s)", b + "/timeoutSeconds", 1, 900, ""),
                    FieldSpec.number("Retry attempts", b + "/retryAttempts", 0, 2, "Asynchronous invocations."),
                    FieldSpec.number("Max event age (s)", b + "/maxEventAgeSeconds", 60, 21600, ""))));
        }
        return out;
    }

    private static List<FormSection> stepFunction(StepFunctionConfig config) {
        List<FormSection> out = new ArrayList<>();
        for (StepFunctionConfig.Definition d : config.definitions()) {
            String b = d.pointer();
            String name = d.stateMachineName() == null ? String.valueOf(d.index() + 1) : d.stateMachineName();
            out.add(new FormSection("State machine " + name, List.of(
                    FieldSpec.name("Name", b + "/stateMachineName", "[A-Za-z0-9_-]{1,80}",
                            "must be 1–80 letters, digits, '-' or '_'", ""),
                    FieldSpec.choice("Type", b + "/stateMachineType", STATE_MACHINE_TYPES,
                            "EXPRESS keeps no execution history in the API: it is followed from its log group."),
                    FieldSpec.arn("Execution role", b + "/stateMachineExecutionRole", ""),
                    FieldSpec.choice("Log retention (days)", b + "/logGroupRetentionDays", RETENTION_DAYS,
                            "0 keeps logs forever."),
                    FieldSpec.bool("Log execution data", b + "/logExecutionData",
                            "Inputs and outputs in the logs (may hold sensitive data)."))));
        }
        return out;
    }
}
