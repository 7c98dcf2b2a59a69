package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.ValidationContext;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which config entry made which construct: construct paths ({@code /stack/Function-x}) to the module and JSON
 * pointer of the entry, so a finding on any resource below is shown at that entry's file and line.
 */
final class ConfigLocations {

    /** A config entry: a module and a pointer into its merged document. */
    record Entry(BlueprintModule module, String pointer) {

        /** The entry's key when it sits in a mapping (the {@code lambda-etl:} line), else its value's node. */
        Optional<SourceNode> source() {
            if (!pointer.isEmpty()) {
                Optional<SourceNode> parent = module.source(JsonPointer.parent(pointer));
                Optional<SourceNode> key = ValidationContext.keyOf(parent, JsonPointer.last(pointer));
                if (key.isPresent() && key != parent) {
                    return key;
                }
            }
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                Optional<SourceNode> s = module.source(p);
                if (s.isPresent() || p.isEmpty()) {
                    return s;
                }
            }
        }

        /** The first config file of the module, for findings with no better place. */
        String file() {
            return source().map(s -> s.file().relativePath())
                    .orElse(module.files().isEmpty() ? "mdaa.yaml" : module.files().get(0).relativePath());
        }
    }

    private final TreeMap<String, Entry> byPath = new TreeMap<>();

    void put(String constructPath, BlueprintModule module, String pointer) {
        byPath.put(normal(constructPath), new Entry(module, pointer));
    }

    /** The entry of the longest registered path that is {@code constructPath} or above it. */
    Optional<Entry> find(String constructPath) {
        String p = normal(constructPath);
        while (true) {
            Entry e = byPath.get(p);
            if (e != null) {
                return Optional.of(e);
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            p = p.substring(0, slash);
        }
    }

    Map<String, Entry> all() {
        return byPath;
    }

    private static String normal(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
