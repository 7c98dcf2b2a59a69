package io.blueprintstudio.asl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** The seed blueprint's state machine, as JSON and as the node inside its YAML config, for tests. */
public final class Seed {
    private Seed() {
    }

    public static String resource(String path) {
        try (InputStream in = Seed.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json() {
        return resource("/asl/seed/stepfunction.json");
    }

    /** The {@code rawStepFunctionDef} node of the seed's stepfunction.yaml, composed with marks. */
    public static Node yamlDefinition() {
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).build();
        Composer composer = new Composer(settings,
                new ParserImpl(settings, new StreamReader(settings, resource("/asl/seed/stepfunction.yaml"))));
        Node root = composer.getSingleNode().orElseThrow();
        Node defs = value(root, "stepfunctionDefinitions");
        return value(((SequenceNode) defs).getValue().get(0), "rawStepFunctionDef");
    }

    private static Node value(Node mapping, String key) {
        for (NodeTuple t : ((MappingNode) mapping).getValue()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        throw new IllegalStateException("no key " + key);
    }
}
