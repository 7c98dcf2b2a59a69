package io.blueprintstudio.asl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an Amazon States Language definition into a {@link StateMachine}. Only malformed JSON/YAML is an error
 * here; a definition that is well-formed but wrong (a missing field, a field of the wrong type) is read as far as it
 * goes, and the rules in {@code io.blueprintstudio.validate.asl} say what is wrong with it.
 */
public final class AslReader {

    private AslReader() {
    }

    /** Reads ASL JSON text; positions are those of the text. */
    public static StateMachine read(String json) throws AslParseException {
        return fromSource(JsonSource.read(json));
    }

    /** Reads the definition embedded in a YAML file; positions are those of the YAML file, 1-based. */
    public static StateMachine read(Node yaml) throws AslParseException {
        return fromSource(YamlSource.read(yaml));
    }

    /** The position-carrying tree of a YAML node, e.g. for {@link AslJson#toJson(SourceValue)}. */
    public static SourceValue source(Node yaml) throws AslParseException {
        return YamlSource.read(yaml);
    }

    /** The position-carrying tree of JSON text. */
    public static SourceValue source(String json) throws AslParseException {
        return JsonSource.read(json);
    }

    /** Reads a tree; a root that is not an object gives a machine with no states. */
    public static StateMachine fromSource(SourceValue root) {
        SourceValue.Obj obj = root instanceof SourceValue.Obj o ? o : new SourceValue.Obj(root.position(), Map.of());
        return machine(obj);
    }

    private static StateMachine machine(SourceValue.Obj obj) {
        Map<String, State> states = new LinkedHashMap<>();
        if (obj.get("States").orElse(null) instanceof SourceValue.Obj so) {
            for (SourceValue.Member m : so.members().values()) {
                SourceValue.Obj stateObj = m.value() instanceof SourceValue.Obj o ? o
                        : new SourceValue.Obj(m.value().position(), Map.of());
                states.put(m.key(), state(m.key(), stateObj));
            }
        }
        return new StateMachine(text(obj, "StartAt"), states, obj.position(), obj);
    }

    private static State state(String name, SourceValue.Obj o) {
        State.Common c = common(o);
        Position p = o.position();
        String type = text(o, "Type").map(Text::value).orElse("");
        return switch (type) {
            case "Task" -> new State.Task(name, p, c, o, text(o, "Resource"));
            case "Choice" -> new State.Choice(name, p, c, o, choices(o), text(o, "Default"));
            case "Pass" -> new State.Pass(name, p, c, o);
            case "Wait" -> new State.Wait(name, p, c, o);
            case "Succeed" -> new State.Succeed(name, p, c, o);
            case "Fail" -> new State.Fail(name, p, c, o);
            case "Parallel" -> new State.Parallel(name, p, c, o, branches(o));
            case "Map" -> new State.Map(name, p, c, o, processor(o), text(o, "ItemsPath"));
            default -> new State.Unknown(name, p, c, o);
        };
    }

    private static State.Common common(SourceValue.Obj o) {
        boolean end = o.get("End").orElse(null) instanceof SourceValue.Scalar s && Boolean.TRUE.equals(s.value());
        List<State.Retrier> retry = new ArrayList<>();
        for (SourceValue.Obj r : objects(o, "Retry")) {
            retry.add(new State.Retrier(texts(r, "ErrorEquals"), r.position(), r));
        }
        List<State.Catcher> catchers = new ArrayList<>();
        for (SourceValue.Obj r : objects(o, "Catch")) {
            catchers.add(new State.Catcher(texts(r, "ErrorEquals"), text(r, "Next"), pathText(r, "ResultPath"),
                    r.position(), r));
        }
        return new State.Common(text(o, "Next"), end, text(o, "Comment"), pathText(o, "InputPath"),
                pathText(o, "OutputPath"), pathText(o, "ResultPath"), o.get("Parameters"), o.get("ResultSelector"),
                retry, catchers);
    }

    private static List<State.ChoiceRule> choices(SourceValue.Obj o) {
        List<State.ChoiceRule> rules = new ArrayList<>();
        for (SourceValue.Obj r : objects(o, "Choices")) {
            rules.add(rule(r));
        }
        return rules;
    }

    private static State.ChoiceRule rule(SourceValue.Obj r) {
        List<Text> paths = new ArrayList<>();
        String label = ChoiceLabels.label(r, paths);
        return new State.ChoiceRule(text(r, "Next"), label, paths, r.position(), r);
    }

    private static List<StateMachine> branches(SourceValue.Obj o) {
        List<StateMachine> out = new ArrayList<>();
        for (SourceValue.Obj b : objects(o, "Branches")) {
            out.add(machine(b));
        }
        return out;
    }

    private static Optional<StateMachine> processor(SourceValue.Obj o) {
        SourceValue p = o.get("ItemProcessor").or(() -> o.get("Iterator")).orElse(null);
        return p instanceof SourceValue.Obj po ? Optional.of(machine(po)) : Optional.empty();
    }

    /** The string at {@code key}, empty when missing or not a string. */
    static Optional<Text> text(SourceValue.Obj o, String key) {
        return o.get(key).filter(v -> v instanceof SourceValue.Scalar s && s.isString())
                .map(v -> new Text((String) ((SourceValue.Scalar) v).value(), v.position()));
    }

    /** Like {@link #text} but a JSON null is present, with a null value (paths may be null). */
    private static Optional<Text> pathText(SourceValue.Obj o, String key) {
        return o.get(key).filter(v -> v instanceof SourceValue.Scalar s && (s.isString() || s.isNull()))
                .map(v -> new Text((String) ((SourceValue.Scalar) v).value(), v.position()));
    }

    private static List<Text> texts(SourceValue.Obj o, String key) {
        List<Text> out = new ArrayList<>();
        if (o.get(key).orElse(null) instanceof SourceValue.Arr a) {
            for (SourceValue v : a.items()) {
                if (v instanceof SourceValue.Scalar s && s.isString()) {
                    out.add(new Text((String) s.value(), v.position()));
                }
            }
        }
        return out;
    }

    private static List<SourceValue.Obj> objects(SourceValue.Obj o, String key) {
        List<SourceValue.Obj> out = new ArrayList<>();
        if (o.get(key).orElse(null) instanceof SourceValue.Arr a) {
            for (SourceValue v : a.items()) {
                if (v instanceof SourceValue.Obj item) {
                    out.add(item);
                }
            }
        }
        return out;
    }
}
