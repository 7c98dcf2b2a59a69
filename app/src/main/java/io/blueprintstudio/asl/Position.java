package io.blueprintstudio.asl;

/**
 * Where an element of a state machine definition is written.
 *
 * @param line    1-based line in the source file (the JSON file, or the YAML file that embeds the definition)
 * @param column  1-based column
 * @param pointer JSON pointer from the definition's root, such as {@code /States/Report Result/Next}
 */
public record Position(int line, int column, String pointer) {

    /** The pointer one step further down, the token escaped as RFC 6901 asks. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
