package io.blueprintstudio.ui.graph;

import io.blueprintstudio.asl.AslJson;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.Text;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.blueprint.ResolutionProblem;
import io.blueprintstudio.blueprint.Resolver;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the details pane shows for one state. Paths are as written ({@code null} when the field is absent, the text
 * {@code null} when the JSON says null, which discards the input or result).
 *
 * @param resource         a Task's Resource as written, or null
 * @param resolvedResource the Resource with the module's {@code {{...}}} resolved, or null without a resolver;
 *                         {@code {{resolve:ssm:..}}} stays, CloudFormation resolves it at deploy time
 * @param resolveProblems  why parts of the Resource could not be resolved, or empty
 */
public record StateDetails(String id, String name, String type, String json, String inputPath, String outputPath,
        String resultPath, String next, String resource, String resolvedResource, String resolveProblems) {

    public static StateDetails of(State s, Resolver resolver) {
        State.Common c = s.common();
        String resource = s instanceof State.Task t ? t.resource().map(Text::value).orElse(null) : null;
        String resolved = null;
        String problems = "";
        if (resource != null && resolver != null) {
            Resolution r = resolver.resolveString(resource);
            resolved = r.string();
            problems = r.problems().stream().map(ResolutionProblem::message).collect(Collectors.joining("; "));
        }
        String next = c.end() ? "(end)" : c.next().map(Text::value).orElse(s.isTerminal() ? "(end)" : null);
        return new StateDetails(s.position().pointer(), s.name(), s.type().orElse("?"), AslJson.toJson(s.source()),
                path(c.inputPath()), path(c.outputPath()), path(c.resultPath()), next, resource, resolved, problems);
    }

    private static String path(Optional<Text> t) {
        return t.map(v -> v.value() == null ? "null" : v.value()).orElse(null);
    }
}
