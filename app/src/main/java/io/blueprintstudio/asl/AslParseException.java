package io.blueprintstudio.asl;

/** The definition is not well-formed JSON (or YAML): what is wrong, and where, in words a user reads. */
public final class AslParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public AslParseException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based, or 0 when unknown. */
    public int column() {
        return column;
    }
}
