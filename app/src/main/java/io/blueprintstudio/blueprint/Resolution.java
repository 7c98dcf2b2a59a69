package io.blueprintstudio.blueprint;

import java.util.List;

/** What a {@link Resolver} made of a value, and what it could not resolve. */
public record Resolution(Object value, List<ResolutionProblem> problems) {

    public Resolution {
        problems = List.copyOf(problems);
    }

    /** The value as a String (for a string input that did not become a list or map). */
    public String string() {
        return String.valueOf(value);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
