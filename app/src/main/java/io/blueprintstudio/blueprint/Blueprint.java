package io.blueprintstudio.blueprint;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blueprint folder, loaded: {@code mdaa.yaml}, every {@code tag_configs} file and every module's
 * {@code module_configs} files, each kept as a {@link BlueprintFile} (text + positioned node tree), plus the typed
 * read views. An immutable snapshot: {@link BlueprintEditor} makes a new one after every change.
 *
 * <p>Only a missing or unparsable {@code mdaa.yaml} throws; every other problem (a missing module file, a syntax
 * error in one, a bad {@code !include}, a duplicate key) is a located {@link Diagnostic} in {@link #problems()},
 * and the rest of the blueprint still loads.
 */
public final class Blueprint {

    /** The file MDAA reads in the blueprint folder. */
    public static final String MDAA_FILE = "mdaa.yaml";

    private final Path folder;
    private final BlueprintFile mdaaFile;
    private final MdaaConfig mdaa;
    private final Map<String, SourceNode> mdaaSources;
    private final List<BlueprintFile> files;
    private final List<BlueprintModule> modules;
    private final Map<String, Map<String, String>> tagsByFile;
    private final List<Diagnostic> problems;

    private Blueprint(Path folder, BlueprintFile mdaaFile, MdaaConfig mdaa, Map<String, SourceNode> mdaaSources,
            List<BlueprintFile> files, List<BlueprintModule> modules, Map<String, Map<String, String>> tagsByFile,
            List<Diagnostic> problems) {
        this.folder = folder;
        this.mdaaFile = mdaaFile;
        this.mdaa = mdaa;
        this.mdaaSources = mdaaSources;
        this.files = files;
        this.modules = modules;
        this.tagsByFile = tagsByFile;
        this.problems = problems;
    }

    /**
     * Loads the blueprint in {@code folder} (or the folder of an {@code mdaa.yaml} given directly).
     *
     * @throws BlueprintLoadException when {@code mdaa.yaml} is missing, unreadable, not a mapping or not YAML
     */
    public static Blueprint load(Path folder) throws BlueprintLoadException {
        return load(folder, Map.of());
    }

    /** Loads with some files' texts given instead of read (absolute normalised path → text): the editor's view. */
    static Blueprint load(Path folderOrFile, Map<Path, String> texts) throws BlueprintLoadException {
        Path given = folderOrFile.toAbsolutePath().normalize();
        Path folder = Files.isRegularFile(given) ? given.getParent() : given;
        List<Diagnostic> problems = new ArrayList<>();
        FileSet fileSet = new FileSet(folder, texts, problems);
        BlueprintFile mdaaFile = fileSet.get(folder.resolve(MDAA_FILE), null, "the blueprint's " + MDAA_FILE);
        if (mdaaFile == null || mdaaFile.syntaxError().isPresent()) {
            throw new BlueprintLoadException(problems.stream().map(d -> d.file().isEmpty()
                    ? new Diagnostic(d.severity(), d.code(), MDAA_FILE, 0, 0, "", d.message(), d.hint()) : d)
                    .toList());
        }
        DocumentBuilder mdaaDoc = new DocumentBuilder(fileSet, problems, false).add(mdaaFile);
        if (!(mdaaDoc.value() instanceof Map)) {
            throw new BlueprintLoadException(List.of(new Diagnostic(Severity.ERROR, "MDAA-NOT-A-MAPPING", MDAA_FILE,
                    1, 1, "", MDAA_FILE + " must be a mapping with organization, domains and modules", "")));
        }
        MdaaConfig mdaa = MdaaConfig.from(Values.map(mdaaDoc.value()));
        Map<String, SourceNode> mdaaSources = Map.copyOf(mdaaDoc.sources());

        Map<String, Map<String, String>> tags = new LinkedHashMap<>();
        loadTags(fileSet, problems, folder, mdaa.tagConfigs(), "/tag_configs", mdaaSources, tags);
        List<BlueprintModule> modules = new ArrayList<>();
        for (MdaaConfig.Domain d : mdaa.domains().values()) {
            loadTags(fileSet, problems, folder, d.tagConfigs(), d.pointer() + "/tag_configs", mdaaSources, tags);
            for (MdaaConfig.Environment e : d.environments().values()) {
                loadTags(fileSet, problems, folder, e.tagConfigs(), e.pointer() + "/tag_configs", mdaaSources, tags);
                for (MdaaConfig.Module m : e.modules().values()) {
                    loadTags(fileSet, problems, folder, m.tagConfigs(), m.pointer() + "/tag_configs", mdaaSources,
                            tags);
                    modules.add(loadModule(fileSet, problems, folder, m, mdaaSources));
                }
            }
        }
        return new Blueprint(folder, mdaaFile, mdaa, mdaaSources, fileSet.all(), List.copyOf(modules),
                Collections.unmodifiableMap(tags), List.copyOf(problems));
    }

    private static BlueprintModule loadModule(FileSet fileSet, List<Diagnostic> problems, Path folder,
            MdaaConfig.Module m, Map<String, SourceNode> mdaaSources) {
        DocumentBuilder doc = new DocumentBuilder(fileSet, problems, true);
        List<BlueprintFile> files = new ArrayList<>();
        List<String> configs = m.moduleConfigs();
        for (int i = 0; i < configs.size(); i++) {
            SourceNode ref = mdaaSources.get(JsonPointer.append(m.pointer() + "/module_configs", i));
            BlueprintFile f = fileSet.get(folder.resolve(configs.get(i)), ref, "module config");
            if (f == null) {
                continue;
            }
            if (f.root().isPresent() && !(f.root().get() instanceof org.snakeyaml.engine.v2.nodes.MappingNode)
                    && !DocumentBuilder.INCLUDE.equals(f.root().get().getTag())) {
                SourceNode at = new SourceNode(f, f.root().get());
                problems.add(new Diagnostic(Severity.ERROR, "MODULE-NOT-A-MAPPING", f.relativePath(), at.line(),
                        at.column(), "", "a module config must be a mapping of settings", ""));
                files.add(f);
                continue;
            }
            doc.add(f);
        }
        files.addAll(doc.files());
        @SuppressWarnings("unchecked")
        Map<String, Object> value = doc.value() instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        return new BlueprintModule(m, files, value, doc.sources());
    }

    private static void loadTags(FileSet fileSet, List<Diagnostic> problems, Path folder, List<String> paths,
            String pointer, Map<String, SourceNode> mdaaSources, Map<String, Map<String, String>> tags) {
        for (int i = 0; i < paths.size(); i++) {
            SourceNode ref = mdaaSources.get(JsonPointer.append(pointer, i));
            BlueprintFile f = fileSet.get(folder.resolve(paths.get(i)), ref, "tag file");
            if (f != null && !tags.containsKey(f.relativePath())) {
                Object v = new DocumentBuilder(fileSet, problems, false).add(f).value();
                tags.put(f.relativePath(), Values.stringMap(Values.map(v), "tags"));
            }
        }
    }

    /** The blueprint folder, absolute. */
    public Path folder() {
        return folder;
    }

    public BlueprintFile mdaaFile() {
        return mdaaFile;
    }

    /** The typed view of {@code mdaa.yaml}. */
    public MdaaConfig mdaa() {
        return mdaa;
    }

    /** The node of {@code mdaa.yaml} at a JSON pointer ({@code /domains/sales/environments/dev/context}). */
    public Optional<SourceNode> mdaaSource(String pointer) {
        return Optional.ofNullable(mdaaSources.get(pointer));
    }

    /** Every file read, {@code mdaa.yaml} first, then in the order they were reached. */
    public List<BlueprintFile> files() {
        return files;
    }

    /** A file by its path relative to the folder ({@code stepfunctions/lambda.yaml}). */
    public Optional<BlueprintFile> file(String relativePath) {
        return files.stream().filter(f -> f.relativePath().equals(relativePath)).findFirst();
    }

    /** Every module of every environment, in file order. */
    public List<BlueprintModule> modules() {
        return modules;
    }

    public Optional<BlueprintModule> module(String domain, String env, String name) {
        return modules.stream()
                .filter(m -> m.domain().equals(domain) && m.env().equals(env) && m.name().equals(name))
                .findFirst();
    }

    /** Every module of a kind, such as all {@link ModuleKind#DATAOPS_STEPFUNCTION} modules. */
    public List<BlueprintModule> modules(ModuleKind kind) {
        return modules.stream().filter(m -> m.kind() == kind).toList();
    }

    /** Every state machine whose ASL is in a step function module's config, in module and definition order. */
    public List<StateMachineSource> stateMachines() {
        List<StateMachineSource> out = new java.util.ArrayList<>();
        for (BlueprintModule m : modules(ModuleKind.DATAOPS_STEPFUNCTION)) {
            m.stepFunction().ifPresent(c -> c.definitions().forEach(d -> d.rawStepFunctionDef()
                    .ifPresent(asl -> out.add(new StateMachineSource(m, d, asl)))));
        }
        return out;
    }

    /**
     * The context a module sees: global, then domain, then environment, then module {@code context}, lower levels
     * winning key by key. A new mutable map each call.
     */
    public Map<String, Object> context(BlueprintModule module) {
        return context(module.domain(), module.env(), module.name());
    }

    /** As {@link #context(BlueprintModule)}; unknown names contribute nothing. */
    public Map<String, Object> context(String domain, String env, String module) {
        Map<String, Object> out = new LinkedHashMap<>();
        putAll(out, mdaa.context());
        MdaaConfig.Domain d = mdaa.domains().get(domain);
        if (d != null) {
            putAll(out, d.context());
            MdaaConfig.Environment e = d.environments().get(env);
            if (e != null) {
                putAll(out, e.context());
                MdaaConfig.Module m = module == null ? null : e.modules().get(module);
                if (m != null) {
                    putAll(out, m.context());
                }
            }
        }
        return out;
    }

    private static void putAll(Map<String, Object> out, Map<String, Object> level) {
        level.forEach((k, v) -> out.put(k, Values.deepCopy(v)));
    }

    /** The tags of every {@code tags.yaml} that applies to a module (global → domain → env → module; later wins). */
    public Map<String, String> tags(BlueprintModule module) {
        Map<String, String> out = new LinkedHashMap<>();
        MdaaConfig.Domain d = mdaa.domains().get(module.domain());
        MdaaConfig.Environment e = d.environments().get(module.env());
        for (List<String> level : List.of(mdaa.tagConfigs(), d.tagConfigs(), e.tagConfigs(),
                module.config().tagConfigs())) {
            for (String p : level) {
                String rel = folder.relativize(folder.resolve(p).normalize()).toString().replace('\\', '/');
                out.putAll(tagsByFile.getOrDefault(rel, Map.of()));
            }
        }
        return out;
    }

    /** Problems found while loading (missing files, syntax errors, bad includes, duplicate keys), located. */
    public List<Diagnostic> problems() {
        return problems;
    }
}
