package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.Position;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/** What a rule sees: the definition, every scope inside it, and where to report. */
public final class AslContext {
    private final StateMachine root;
    private final String file;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    AslContext(StateMachine root, String file) {
        this.root = root;
        this.file = file;
        collect(root, "the state machine", false);
    }

    private void collect(StateMachine m, String label, boolean nested) {
        scopes.add(new Scope(m, label, nested));
        for (State s : m.states().values()) {
            if (s instanceof State.Parallel p) {
                for (int i = 0; i < p.branches().size(); i++) {
                    collect(p.branches().get(i), "branch " + (i + 1) + " of \"" + p.name() + "\"", true);
                }
            } else if (s instanceof State.Map map && map.processor().isPresent()) {
                collect(map.processor().get(), "the item processor of \"" + map.name() + "\"", true);
            }
        }
    }

    public StateMachine root() {
        return root;
    }

    /** The definition first, then every nested branch and item processor, depth first in written order. */
    public List<Scope> scopes() {
        return scopes;
    }

    /** Every state of every scope. */
    public List<State> allStates() {
        List<State> all = new ArrayList<>();
        for (Scope s : scopes) {
            all.addAll(s.machine().states().values());
        }
        return all;
    }

    public void report(AslRule rule, Position at, String message, String hint) {
        report(rule, rule.severity(), at, message, hint);
    }

    public void report(AslRule rule, Severity severity, Position at, String message, String hint) {
        diagnostics.add(new Diagnostic(severity, rule.code(), file, at.line(), at.column(), at.pointer(), message,
                hint));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
