package io.blueprintstudio.convert;

/**
 * How the CSV was read: given by options or detected.
 *
 * @param escape {@code null} when quotes are escaped by doubling
 * @param bom    whether a byte-order mark was found and skipped
 */
public record Dialect(char delimiter, char quote, Character escape, boolean header, String encoding, boolean bom) {
}
