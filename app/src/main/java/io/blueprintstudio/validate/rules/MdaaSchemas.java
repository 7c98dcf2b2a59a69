package io.blueprintstudio.validate.rules;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.blueprintstudio.blueprint.ModuleKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MDAA's JSON schemas (draft-07), shipped as resources beside this class (see the README there), each read and
 * compiled once per JVM: module configs by kind, and {@code cli.json} for {@code mdaa.yaml}.
 */
final class MdaaSchemas {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A compiled schema and its JSON tree (to look up, say, the allowed keys where a key was unknown). */
    record Loaded(Schema schema, JsonNode tree) {
    }

    private static final Map<ModuleKind, Loaded> MODULES = new EnumMap<>(ModuleKind.class);
    private static final Loaded MDAA;

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        MODULES.put(ModuleKind.ROLES, load(registry, "roles.json"));
        MODULES.put(ModuleKind.DATAOPS_PROJECT, load(registry, "dataops-project.json"));
        MODULES.put(ModuleKind.DATAOPS_LAMBDA, load(registry, "dataops-lambda.json"));
        MODULES.put(ModuleKind.DATAOPS_STEPFUNCTION, load(registry, "dataops-stepfunction.json"));
        MDAA = load(registry, "cli.json");
    }

    private MdaaSchemas() {
    }

    /** The schema of a module kind; null for kinds Blueprint Studio has no schema for. */
    static Loaded module(ModuleKind kind) {
        return MODULES.get(kind);
    }

    static Loaded mdaa() {
        return MDAA;
    }

    private static Loaded load(SchemaRegistry registry, String name) {
        try (InputStream in = MdaaSchemas.class.getResourceAsStream("mdaa-schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + name);
            }
            JsonNode tree = JSON.readTree(in);
            return new Loaded(registry.getSchema(tree), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
