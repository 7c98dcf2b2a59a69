package io.blueprintstudio.asl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value as written, with its position: the tree both readers (JSON text and YAML node) produce and the
 * typed {@link StateMachine} model is read from. Rules that check shape (field types, unknown fields) look here.
 */
public sealed interface SourceValue {

    Position position();

    /** The JSON type name used in messages: object, array, string, number, boolean or null. */
    String typeName();

    /** An object; members keep their written order. */
    record Obj(Position position, Map<String, Member> members) implements SourceValue {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<SourceValue> get(String key) {
            Member m = members.get(key);
            return m == null ? Optional.empty() : Optional.of(m.value());
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** One member of an object: the key's own position (for "unknown field" marks) and its value. */
    record Member(String key, Position keyPosition, SourceValue value) {
    }

    record Arr(Position position, List<SourceValue> items) implements SourceValue {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A string, number (Long, Double or BigDecimal/BigInteger), boolean or null ({@code value} is then null). */
    record Scalar(Position position, Object value) implements SourceValue {
        public boolean isString() {
            return value instanceof String;
        }

        public boolean isNumber() {
            return value instanceof Number;
        }

        public boolean isBoolean() {
            return value instanceof Boolean;
        }

        public boolean isNull() {
            return value == null;
        }

        @Override
        public String typeName() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "string";
            }
            if (value instanceof Boolean) {
                return "boolean";
            }
            return "number";
        }
    }
}
