package io.blueprintstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.blueprintstudio.aws.AwsTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

/**
 * Fits a cloud assembly synthesized for the sandbox to what the emulator can create. The emulator itself says which
 * resource types it does not know (its template validation names them); a resource of such a type is left out when
 * the blueprint's flow does not use it: references to it by {@code Ref} become its literal name, and anything that
 * needs more of it (an attribute, a {@code Fn::Sub}) stops the deploy with a message naming both. Every resource
 * left out is reported, so the user sees what the sandbox does not have.
 */
public final class SandboxAssembly {
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized resource types: \\[([^]]*)]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxAssembly() {
    }

    /**
     * Rewrites the assembly's templates in place; returns one line per resource left out. Only for an assembly
     * made for the sandbox (it carries the Lambda proxy URLs anyway): never deploy it elsewhere afterwards.
     */
    public static List<String> adapt(Path assemblyDir, AwsTarget sandbox) throws SandboxException {
        List<String> notes = new ArrayList<>();
        try (CloudFormationClient cfn = sandbox.client(CloudFormationClient.builder());
                Stream<Path> files = Files.list(assemblyDir)) {
            for (Path template : files.filter(p -> p.getFileName().toString().endsWith(".template.json")).sorted()
                    .toList()) {
                String text = Files.readString(template);
                String stack = template.getFileName().toString().replace(".template.json", "");
                Set<String> unknown = unknownTypes(cfn, text, stack);
                if (!unknown.isEmpty()) {
                    ObjectNode root = (ObjectNode) JSON.readTree(text);
                    notes.addAll(leaveOut(root, unknown, stack));
                    Files.writeString(template, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
                }
            }
        } catch (IOException e) {
            throw new SandboxException("Cannot read or write the cloud assembly " + assemblyDir + ": "
                    + e.getMessage(), e);
        }
        return notes;
    }

    /**
     * The types the emulator refuses in this template; empty when it accepts them all (or refuses it for another
     * reason). An emulator that cannot be asked stops the adaptation with a message.
     */
    private static Set<String> unknownTypes(CloudFormationClient cfn, String template, String stack)
            throws SandboxException {
        try {
            cfn.validateTemplate(b -> b.templateBody(template));
            return Set.of();
        } catch (CloudFormationException e) {
            Matcher m = UNRECOGNIZED.matcher(String.valueOf(e.awsErrorDetails() == null ? e.getMessage()
                    : e.awsErrorDetails().errorMessage()));
            Set<String> types = new LinkedHashSet<>();
            if (m.find()) {
                for (String t : m.group(1).split(",")) {
                    types.add(t.strip());
                }
            }
            return types; // another complaint is the deploy's to report, with its own context
        } catch (SdkException | IllegalArgumentException e) {
            throw new SandboxException("Could not ask the sandbox which resource types of " + stack + " it can "
                    + "create: " + e.getMessage(), e);
        }
    }

    /** Removes the resources of {@code types} from a template, replacing {@code Ref}s to them by their names. */
    static List<String> leaveOut(ObjectNode root, Set<String> types, String stack) throws SandboxException {
        ObjectNode resources = (ObjectNode) root.get("Resources");
        List<String> notes = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>(resources.properties());
        for (Map.Entry<String, JsonNode> r : all) {
            String type = r.getValue().path("Type").asText();
            if (!types.contains(type)) {
                continue;
            }
            String id = r.getKey();
            JsonNode name = r.getValue().path("Properties").path("Name");
            resources.remove(id);
            replaceReferences(root, id, name.isTextual() ? name.asText() : null, type, stack);
            notes.add("Left out of the sandbox: " + id + " (" + type + ") in " + stack + ", which the emulator cannot"
                    + " create" + (name.isTextual() ? "; references to it use its name, " + name.asText() : ""));
        }
        return notes;
    }

    /** Replaces every use of {@code id} below {@code node}; fails on a use that needs the resource itself. */
    private static void replaceReferences(JsonNode node, String id, String name, String type, String stack)
            throws SandboxException {
        if (node instanceof ObjectNode o) {
            removeDependency(o, id);
            for (Map.Entry<String, JsonNode> f : new ArrayList<>(o.properties())) {
                JsonNode v = f.getValue();
                if (isRef(v, id)) {
                    o.set(f.getKey(), literal(name, id, type, stack));
                } else {
                    needsNoMore(v, id, type, stack);
                    replaceReferences(v, id, name, type, stack);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (isRef(a.get(i), id)) {
                    a.set(i, literal(name, id, type, stack));
                } else {
                    needsNoMore(a.get(i), id, type, stack);
                    replaceReferences(a.get(i), id, name, type, stack);
                }
            }
        }
    }

    private static void removeDependency(ObjectNode o, String id) {
        JsonNode deps = o.get("DependsOn");
        if (deps != null && deps.isTextual() && deps.asText().equals(id)) {
            o.remove("DependsOn");
        } else if (deps instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                if (a.get(i).asText().equals(id)) {
                    a.remove(i);
                }
            }
        }
    }

    private static boolean isRef(JsonNode v, String id) {
        return v instanceof ObjectNode o && o.size() == 1 && o.path("Ref").asText().equals(id);
    }

    private static TextNode literal(String name, String id, String type, String stack) throws SandboxException {
        if (name == null) {
            throw new SandboxException(id + " (" + type + ") in " + stack + " cannot be created by the emulator, "
                    + "and the stack refers to it without a name to use instead; this blueprint cannot run in the "
                    + "local sandbox");
        }
        return TextNode.valueOf(name);
    }

    private static void needsNoMore(JsonNode v, String id, String type, String stack) throws SandboxException {
        if (v instanceof ObjectNode o && o.size() == 1 && (o.has("Fn::GetAtt") || o.has("Fn::Sub"))
                && o.toString().contains(id)) {
            throw new SandboxException(id + " (" + type + ") in " + stack + " cannot be created by the emulator, "
                    + "and " + o + " needs it; this blueprint cannot run in the local sandbox");
        }
    }
}
