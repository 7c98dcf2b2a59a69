package io.blueprintstudio.blueprint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One module of one environment ({@code domains.<domain>.environments.<env>.modules.<name>}) with its config
 * files read and merged. {@link #document()} is the merged value tree (every file of {@code module_configs} in order,
 * {@code !include} inlined, {@code ./} paths absolute, templates not resolved); {@link #source(String)} says which
 * node of which file a value came from. The typed view matching {@link #kind()} is present; the others are empty.
 */
public final class BlueprintModule {

    private final MdaaConfig.Module config;
    private final List<BlueprintFile> files;
    private final Map<String, Object> document;
    private final Map<String, SourceNode> sources;
    private final RolesConfig roles;
    private final ProjectConfig project;
    private final LambdaConfig lambda;
    private final StepFunctionConfig stepFunction;

    BlueprintModule(MdaaConfig.Module config, List<BlueprintFile> files, Map<String, Object> document,
            Map<String, SourceNode> sources) {
        this.config = config;
        this.files = List.copyOf(files);
        this.document = Values.map(document);
        this.sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        ModuleKind kind = config.kind();
        this.roles = kind == ModuleKind.ROLES ? RolesConfig.from(this.document) : null;
        this.project = kind == ModuleKind.DATAOPS_PROJECT ? ProjectConfig.from(this.document) : null;
        this.lambda = kind == ModuleKind.DATAOPS_LAMBDA ? LambdaConfig.from(this.document) : null;
        this.stepFunction = kind == ModuleKind.DATAOPS_STEPFUNCTION
                ? StepFunctionConfig.from(this.document, this.sources) : null;
    }

    public String domain() {
        return config.domain();
    }

    public String env() {
        return config.env();
    }

    /** The module name (the key under {@code modules}), MDAA's {@code module_name}. */
    public String name() {
        return config.name();
    }

    public ModuleKind kind() {
        return config.kind();
    }

    /** The module's entry in {@code mdaa.yaml}. */
    public MdaaConfig.Module config() {
        return config;
    }

    /** The files read for this module, in merge order, included files after the file that includes them. */
    public List<BlueprintFile> files() {
        return files;
    }

    /** The merged document; an empty map when the module has no config files. Unmodifiable. */
    public Map<String, Object> document() {
        return document;
    }

    /**
     * The node a value of {@link #document()} came from, by JSON pointer ({@code /functions/0/srcDir}). For a
     * merged map, the last file that wrote it; for a concatenated list item, the file that holds that item.
     */
    public Optional<SourceNode> source(String pointer) {
        return Optional.ofNullable(sources.get(pointer));
    }

    /** Every pointer of {@link #document()} with its node. */
    public Map<String, SourceNode> sources() {
        return sources;
    }

    public Optional<RolesConfig> roles() {
        return Optional.ofNullable(roles);
    }

    public Optional<ProjectConfig> project() {
        return Optional.ofNullable(project);
    }

    public Optional<LambdaConfig> lambda() {
        return Optional.ofNullable(lambda);
    }

    public Optional<StepFunctionConfig> stepFunction() {
        return Optional.ofNullable(stepFunction);
    }

    /** MDAA's {@code projectName} of a dataops module, or null. */
    public String projectName() {
        return Values.str(document, "projectName");
    }

    @Override
    public String toString() {
        return domain() + "/" + env() + "/" + name();
    }
}
