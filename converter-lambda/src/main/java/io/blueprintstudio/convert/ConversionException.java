package io.blueprintstudio.convert;

/**
 * A conversion that could not finish, with a message fit for the user: it names the file and, where there is one,
 * the line and column. No partial output remains when this is thrown.
 */
public final class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Broad cause, for exit codes and for the Lambda's log line. */
    public enum Kind { BAD_INPUT, BAD_VALUE, BAD_OPTIONS, IO, CANCELLED }

    private final Kind kind;
    private final long line;
    private final String column;

    public ConversionException(Kind kind, String message, long line, String column, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    public ConversionException(Kind kind, String message) {
        this(kind, message, 0, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line in the CSV where the problem starts, or 0 when it is not about one line. */
    public long line() {
        return line;
    }

    /** The column's safe name, or {@code null}. */
    public String column() {
        return column;
    }
}
