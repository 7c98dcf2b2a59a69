package io.blueprintstudio.validate.rules;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * MDAA's JSON schemas: each module config of a known kind after its templates are resolved (as MDAA validates
 * it), and {@code mdaa.yaml} as written. Like MDAA, a string that coerces to the expected number, boolean or array
 * is accepted. Errors become human messages at the offending key or value.
 */
public final class SchemaRule implements BlueprintRule {
    static final RuleInfo UNKNOWN_KEY = new RuleInfo("SCHEMA-UNKNOWN-KEY", Severity.ERROR,
            "a key MDAA's schema does not allow at that place",
            "MDAA refuses config files with keys its schema does not know; a misspelt optional key would otherwise "
                    + "be silently ignored. Fix the spelling or remove the key.");
    static final RuleInfo REQUIRED = new RuleInfo("SCHEMA-REQUIRED", Severity.ERROR,
            "a key MDAA's schema requires is missing", "Add the key; MDAA stops before synth without it.");
    static final RuleInfo TYPE = new RuleInfo("SCHEMA-TYPE", Severity.ERROR, "a value of the wrong type",
            "Write the value as the type the schema names (a number without quotes, true/false, a list ...).");
    static final RuleInfo ENUM = new RuleInfo("SCHEMA-ENUM", Severity.ERROR,
            "a value that is not one of the allowed values", "Use one of the values the message lists.");
    static final RuleInfo OTHER = new RuleInfo("SCHEMA-INVALID", Severity.ERROR,
            "a value MDAA's schema rejects for another reason", "See the message; it is the schema's own.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(UNKNOWN_KEY, REQUIRED, TYPE, ENUM, OTHER);
    }

    @Override
    public void check(ValidationContext ctx) {
        Object mdaa = ctx.blueprint().mdaa().raw();
        validate(ctx, MdaaSchemas.mdaa(), mdaa, ctx::locateMdaa, ctx::locateMdaaKey,
                p -> ctx.blueprint().mdaaSource(p).isPresent(), "mdaa.yaml");
        for (BlueprintModule m : ctx.modules()) {
            MdaaSchemas.Loaded schema = MdaaSchemas.module(m.kind());
            if (schema != null && !m.files().isEmpty()) {
                validate(ctx, schema, ctx.resolved(m).value(), p -> ctx.locate(m, p), p -> ctx.locateKey(m, p),
                        p -> m.source(p).isPresent(), "module " + m.name() + " (" + m.kind().modulePath() + ")");
            }
        }
    }

    private void validate(ValidationContext ctx, MdaaSchemas.Loaded schema, Object document,
            Function<String, Optional<SourceNode>> locate, Function<String, Optional<SourceNode>> locateKey,
            java.util.function.Predicate<String> written, String where) {
        JsonNode instance = MdaaSchemas.JSON.valueToTree(document);
        for (Error e : schema.schema().validate(instance)) {
            String at = pointer(e.getInstanceLocation());
            if (at.contains("/rawStepFunctionDef")) {
                continue; // the ASL has its own rules
            }
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            JsonNode schemaAt = schemaNode(schema.tree(), e.getSchemaLocation().getFragment());
            switch (keyword) {
                case "additionalProperties" -> unknownKey(ctx, schema, e, at, locateKey, where);
                case "required" -> ctx.report(REQUIRED, locate.apply(at), at, "missing required key `"
                        + e.getProperty() + "` in " + Paths.human(at) + " of " + where,
                        "add `" + e.getProperty() + ":` to " + Paths.human(at));
                case "type" -> {
                    if (written.test(at)) { // else a failed !include left it empty: reported where it failed
                        type(ctx, e, at, schemaAt, locate);
                    }
                }
                case "enum" -> ctx.report(ENUM, locate.apply(at), at, "`" + text(e.getInstanceNode()) + "` is not "
                        + "allowed for " + Paths.human(at) + "; allowed: " + list(schemaAt), "use one of " + list(schemaAt));
                default -> ctx.report(OTHER, locate.apply(at), at, Paths.human(at) + ": " + stripPath(e.getMessage()),
                        "");
            }
        }
    }

    private void unknownKey(ValidationContext ctx, MdaaSchemas.Loaded schema, Error e, String at,
            Function<String, Optional<SourceNode>> locateKey, String where) {
        String key = e.getProperty();
        String pointer = JsonPointer.append(at, key);
        List<String> allowed = new ArrayList<>();
        NodePath loc = e.getSchemaLocation().getFragment();
        JsonNode owner = schemaNode(schema.tree(), loc == null ? null : loc.getParent());
        if (owner != null && owner.get("properties") != null) {
            owner.get("properties").propertyNames().forEach(allowed::add);
        }
        Optional<String> near = Suggest.closest(key, allowed);
        String in = at.isEmpty() ? "the top level" : Paths.human(at);
        String message = "unknown key `" + key + "` in " + in + " of " + where
                + near.map(n -> "; did you mean `" + n + "`?").orElse("");
        String hint = near.map(n -> "rename it to `" + n + "`")
                .orElse(allowed.isEmpty() ? "remove it" : "remove it; allowed here: " + String.join(", ", allowed));
        ctx.report(UNKNOWN_KEY, locateKey.apply(pointer), pointer, message, hint);
    }

    private void type(ValidationContext ctx, Error e, String at, JsonNode schemaAt,
            Function<String, Optional<SourceNode>> locate) {
        JsonNode value = e.getInstanceNode();
        List<String> expected = new ArrayList<>();
        if (schemaAt != null && schemaAt.isArray()) {
            schemaAt.forEach(t -> expected.add(t.asString()));
        } else if (schemaAt != null) {
            expected.add(schemaAt.asString());
        }
        if (coercible(value, expected) || (value != null && value.isString() && value.asString().contains("{{"))) {
            return; // MDAA coerces it; or an unresolved template, reported by its own rule
        }
        ctx.report(TYPE, locate.apply(at), at, Paths.human(at) + " must be " + String.join(" or ", expected)
                + ", not " + describe(value), "write it as " + String.join(" or ", expected)
                + (expected.contains("number") || expected.contains("integer") ? " (digits, no quotes)" : ""));
    }

    /** MDAA's second try coerces strings to numbers and booleans, and single values to one-item arrays. */
    static boolean coercible(JsonNode value, List<String> expected) {
        if (value == null) {
            return false;
        }
        if (expected.contains("array") && !value.isArray() && !value.isObject()) {
            return true;
        }
        if (!value.isString()) {
            return false;
        }
        String s = value.asString().trim();
        if ((expected.contains("number") || expected.contains("integer")) && s.matches("-?\\d+(\\.\\d+)?")) {
            return expected.contains("number") || !s.contains(".");
        }
        return expected.contains("boolean") && (s.equals("true") || s.equals("false"));
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "empty";
        }
        if (v.isString()) {
            return "the text `" + v.asString() + "`";
        }
        return v.isObject() ? "a mapping" : v.isArray() ? "a list" : "`" + v + "`";
    }

    private static String text(JsonNode v) {
        return v == null ? "" : v.isString() ? v.asString() : v.toString();
    }

    private static String list(JsonNode values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(text(v)));
        }
        return String.join(", ", out);
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("/") || message.startsWith("$") ? message.substring(colon + 2) : message;
    }

    /** A NodePath as an RFC 6901 pointer. */
    static String pointer(NodePath path) {
        String p = "";
        for (int i = 0; path != null && i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            p = el instanceof Integer n ? JsonPointer.append(p, n) : JsonPointer.append(p, String.valueOf(el));
        }
        return p;
    }

    private static JsonNode schemaNode(JsonNode tree, NodePath fragment) {
        JsonNode n = tree;
        for (int i = 0; fragment != null && i < fragment.getNameCount() && n != null; i++) {
            Object el = fragment.getElement(i);
            n = el instanceof Integer idx ? n.get(idx) : n.get(java.net.URLDecoder.decode(String.valueOf(el),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return n;
    }
}
