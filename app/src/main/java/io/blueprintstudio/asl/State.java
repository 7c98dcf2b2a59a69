package io.blueprintstudio.asl;

import java.util.List;
import java.util.Optional;

/** One state, a record per kind. Every state carries its name, position, the fields all states share, and its source. */
public sealed interface State permits State.Task, State.Choice, State.Pass, State.Wait, State.Succeed, State.Fail,
        State.Parallel, State.Map, State.Unknown {

    String name();

    /** Position of the state's object; its pointer is {@code .../States/<name>}. */
    Position position();

    Common common();

    SourceValue.Obj source();

    /** The Type as written ("Task", "Choice", ...), or empty when missing. */
    default Optional<String> type() {
        return source().get("Type").filter(v -> v instanceof SourceValue.Scalar s && s.isString())
                .map(v -> (String) ((SourceValue.Scalar) v).value());
    }

    /** Whether the machine ends here when the state succeeds: Succeed, Fail, or {@code "End": true}. */
    default boolean isTerminal() {
        return this instanceof Succeed || this instanceof Fail || common().end();
    }

    /**
     * The fields states share. A field that is missing, or not of the expected JSON type, is empty; a path field
     * set to {@code null} is present with a null value.
     */
    record Common(Optional<Text> next, boolean end, Optional<Text> comment, Optional<Text> inputPath,
            Optional<Text> outputPath, Optional<Text> resultPath, Optional<SourceValue> parameters,
            Optional<SourceValue> resultSelector, List<Retrier> retry, List<Catcher> catchers) {
        public Common {
            retry = List.copyOf(retry);
            catchers = List.copyOf(catchers);
        }
    }

    /** One Retry entry; the raw source keeps the fields whose types the rules check. */
    record Retrier(List<Text> errorEquals, Position position, SourceValue.Obj source) {
        public Retrier {
            errorEquals = List.copyOf(errorEquals);
        }
    }

    /** One Catch entry. */
    record Catcher(List<Text> errorEquals, Optional<Text> next, Optional<Text> resultPath, Position position,
            SourceValue.Obj source) {
        public Catcher {
            errorEquals = List.copyOf(errorEquals);
        }

        /** {@code States.TaskFailed, MyError} — the label a Catch edge carries. */
        public String label() {
            return String.join(", ", errorEquals.stream().map(Text::value).toList());
        }
    }

    /**
     * One rule of a Choice state (top-level rules have a Next; nested And/Or/Not rules do not).
     *
     * @param label readable condition, such as {@code $.status == "passed"}
     * @param paths the Variable and every {@code ...Path} comparator value, for JSONPath checks
     */
    record ChoiceRule(Optional<Text> next, String label, List<Text> paths, Position position, SourceValue.Obj source) {
        public ChoiceRule {
            paths = List.copyOf(paths);
        }
    }

    record Task(String name, Position position, Common common, SourceValue.Obj source, Optional<Text> resource)
            implements State {
    }

    record Choice(String name, Position position, Common common, SourceValue.Obj source, List<ChoiceRule> choices,
            Optional<Text> defaultState) implements State {
        public Choice {
            choices = List.copyOf(choices);
        }
    }

    record Pass(String name, Position position, Common common, SourceValue.Obj source) implements State {
    }

    record Wait(String name, Position position, Common common, SourceValue.Obj source) implements State {
    }

    record Succeed(String name, Position position, Common common, SourceValue.Obj source) implements State {
    }

    record Fail(String name, Position position, Common common, SourceValue.Obj source) implements State {
    }

    /** A Parallel state; each branch is a machine of its own. */
    record Parallel(String name, Position position, Common common, SourceValue.Obj source,
            List<StateMachine> branches) implements State {
        public Parallel {
            branches = List.copyOf(branches);
        }
    }

    /** A Map state; {@code processor} is read from ItemProcessor, or from the older Iterator. */
    record Map(String name, Position position, Common common, SourceValue.Obj source,
            Optional<StateMachine> processor, Optional<Text> itemsPath) implements State {
    }

    /** A state whose Type is missing or not one the language defines. */
    record Unknown(String name, Position position, Common common, SourceValue.Obj source) implements State {
    }
}
