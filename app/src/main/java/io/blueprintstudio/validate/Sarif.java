package io.blueprintstudio.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnostics as a SARIF 2.1.0 log, so CI and code-scanning tools show them on the files: one run, the tool's rules
 * (id, short description, help), and one result per diagnostic with its file (relative to the blueprint folder,
 * given as the {@code BLUEPRINT} base) and region.
 */
public final class Sarif {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sarif() {
    }

    public static ObjectNode log(List<Diagnostic> diagnostics, List<RuleInfo> rules, String toolVersion,
            String blueprintUri) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "blueprint-studio");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://github.com/awslabs/modern-data-architecture-accelerator");
        Map<String, Integer> index = new LinkedHashMap<>();
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleInfo r : rules) {
            index.put(r.code(), index.size());
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", r.code());
            rule.putObject("shortDescription").put("text", r.title());
            rule.putObject("help").put("text", r.help().isEmpty() ? r.title() : r.help());
            rule.putObject("defaultConfiguration").put("level", level(r.severity()));
        }
        run.putObject("originalUriBaseIds").putObject("BLUEPRINT").put("uri", blueprintUri);
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            results.add(result(d, index.get(d.code())));
        }
        return log;
    }

    private static ObjectNode result(Diagnostic d, Integer ruleIndex) {
        ObjectNode r = JSON.createObjectNode();
        r.put("ruleId", d.code());
        if (ruleIndex != null) {
            r.put("ruleIndex", ruleIndex);
        }
        r.put("level", level(d.severity()));
        r.putObject("message").put("text", d.hint().isEmpty() ? d.message() : d.message() + ". Fix: " + d.hint());
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", d.file());
        artifact.put("uriBaseId", "BLUEPRINT");
        if (d.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.line());
            if (d.column() > 0) {
                region.put("startColumn", d.column());
            }
        }
        if (!d.pointer().isEmpty()) {
            r.putObject("properties").put("jsonPointer", d.pointer());
        }
        return r;
    }

    static String level(Severity s) {
        return s == Severity.NOTE ? "note" : s.name().toLowerCase(Locale.ROOT);
    }
}
