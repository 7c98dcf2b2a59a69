package io.blueprintstudio.blueprint;

import io.blueprintstudio.validate.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A blueprint that cannot be opened at all: no readable {@code mdaa.yaml}, or one that does not parse. The message
 * is for the user ({@code mdaa.yaml:12:5: error: YAML syntax error: ...}); there is no Java cause to show.
 * Problems in other files do not throw: they are in {@link Blueprint#problems()}.
 */
public final class BlueprintLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public BlueprintLoadException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** What is wrong, each with file, line and column. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
