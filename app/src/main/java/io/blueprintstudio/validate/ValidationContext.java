package io.blueprintstudio.validate;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.SourceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * What a rule sees: the blueprint, the modules in scope (all, or one environment's), each module's resolved
 * document (computed once and shared by the rules), and where to report. Locating helpers turn a JSON pointer
 * into the nearest node that exists, so every diagnostic has a line even when the value itself is missing.
 */
public final class ValidationContext {
    private final Blueprint blueprint;
    private final List<BlueprintModule> modules;
    private final Map<BlueprintModule, Resolution> resolved = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ValidationContext(Blueprint blueprint, String env) {
        this.blueprint = blueprint;
        this.modules = blueprint.modules().stream().filter(m -> env == null || m.env().equals(env)).toList();
    }

    public Blueprint blueprint() {
        return blueprint;
    }

    /** The modules in scope, in file order. */
    public List<BlueprintModule> modules() {
        return modules;
    }

    public List<BlueprintModule> modules(ModuleKind kind) {
        return modules.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The module's document with MDAA's references and templates resolved (deploy-time SSM references kept). */
    public Resolution resolved(BlueprintModule module) {
        return resolved.computeIfAbsent(module, m -> Resolver
                .forModule(blueprint, m, Resolver.Target.UNKNOWN, System.getenv()).resolve(m.document()));
    }

    /** The resolved value at a pointer of the module's document, or null. */
    public Object resolvedAt(BlueprintModule module, String pointer) {
        Object v = resolved(module).value();
        for (String segment : JsonPointer.segments(pointer)) {
            if (v instanceof Map<?, ?> map) {
                v = map.get(segment);
            } else if (v instanceof List<?> list && segment.chars().allMatch(Character::isDigit)
                    && !segment.isEmpty() && Integer.parseInt(segment) < list.size()) {
                v = list.get(Integer.parseInt(segment));
            } else {
                return null;
            }
        }
        return v;
    }

    /** The node at {@code pointer} in the module's files, or the nearest enclosing node that exists. */
    public Optional<SourceNode> locate(BlueprintModule module, String pointer) {
        for (String p = pointer; ; p = JsonPointer.parent(p)) {
            Optional<SourceNode> found = module.source(p);
            if (found.isPresent() || p.isEmpty()) {
                return found.isPresent() ? found : module.files().stream().findFirst()
                        .flatMap(f -> f.find(""));
            }
        }
    }

    /** As {@link #locate(BlueprintModule, String)}, in {@code mdaa.yaml}. */
    public Optional<SourceNode> locateMdaa(String pointer) {
        for (String p = pointer; ; p = JsonPointer.parent(p)) {
            Optional<SourceNode> found = blueprint.mdaaSource(p);
            if (found.isPresent() || p.isEmpty()) {
                return found;
            }
        }
    }

    /**
     * The key node of the last segment of {@code pointer} when its parent is a mapping (an unknown key, a role's
     * name), else the value's node: a diagnostic about a key points at the key.
     */
    public static Optional<SourceNode> keyOf(Optional<SourceNode> parent, String key) {
        if (parent.isPresent() && parent.get().node() instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(new SourceNode(parent.get().file(), k));
                }
            }
        }
        return parent;
    }

    /** The key node of a module value ({@code /generateRoles/lambda-etl} → the {@code lambda-etl:} key). */
    public Optional<SourceNode> locateKey(BlueprintModule module, String pointer) {
        Optional<SourceNode> parent = module.source(JsonPointer.parent(pointer));
        Optional<SourceNode> key = keyOf(parent, JsonPointer.last(pointer));
        return key.isPresent() && key != parent ? key : locate(module, pointer);
    }

    /** As {@link #locateKey(BlueprintModule, String)}, in {@code mdaa.yaml}. */
    public Optional<SourceNode> locateMdaaKey(String pointer) {
        Optional<SourceNode> parent = blueprint.mdaaSource(JsonPointer.parent(pointer));
        Optional<SourceNode> key = keyOf(parent, JsonPointer.last(pointer));
        return key.isPresent() && key != parent ? key : locateMdaa(pointer);
    }

    public void report(RuleInfo rule, Optional<SourceNode> at, String pointer, String message, String hint) {
        report(rule, rule.severity(), at, pointer, message, hint);
    }

    public void report(RuleInfo rule, Severity severity, Optional<SourceNode> at, String pointer, String message,
            String hint) {
        String file = at.map(s -> s.file().relativePath()).orElse(Blueprint.MDAA_FILE);
        int line = at.map(SourceNode::line).orElse(0);
        int column = at.map(SourceNode::column).orElse(0);
        diagnostics.add(new Diagnostic(severity, rule.code(), file, line, column, pointer, message, hint));
    }

    /** Adds diagnostics made elsewhere (loading, ASL rules). */
    public void add(List<Diagnostic> found) {
        diagnostics.addAll(found);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
