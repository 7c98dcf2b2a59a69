package io.blueprintstudio.convert;

/** A record the tokenizer cannot read: unterminated quote, oversized field, too many columns. */
final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    CsvFormatException(long line, String message) {
        super(message);
        this.line = line;
    }

    long line() {
        return line;
    }
}
