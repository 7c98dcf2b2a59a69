package io.blueprintstudio.asl;

/** A string field's value and where it is written; {@code value} is null when the JSON says {@code null}. */
public record Text(String value, Position position) {
}
