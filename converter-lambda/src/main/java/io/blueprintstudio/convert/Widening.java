package io.blueprintstudio.convert;

/** A column whose type had to be widened because of a value past the sample. */
public record Widening(String column, String from, String to, long line, String value) {
}
