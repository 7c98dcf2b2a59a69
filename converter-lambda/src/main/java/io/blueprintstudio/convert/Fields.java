package io.blueprintstudio.convert;

/** One CSV record's fields as unescaped byte ranges, wherever they came from (the tokenizer or the sample). */
interface Fields {
    int fieldCount();

    byte[] data();

    int start(int field);

    int length(int field);

    boolean quoted(int field);

    /** Line of the file where the record starts, 1-based. */
    long recordLine();

    /** Field text for messages. */
    default String text(int field) {
        return new String(data(), start(field), length(field), java.nio.charset.StandardCharsets.UTF_8);
    }
}
