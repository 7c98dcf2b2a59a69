package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ColumnGuessTest {
    private static String infer(String... values) {
        ColumnGuess g = new ColumnGuess();
        ValueReader r = new ValueReader();
        for (String v : values) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            g.add(b, 0, b.length, r);
        }
        return g.resolve(Column.of("x", "x", ColumnType.STRING)).typeName();
    }

    @Test
    void infersNarrowestExactType() {
        assertEquals("int64", infer("1", "-20", "300"));
        assertEquals("boolean", infer("true", "FALSE"));
        assertEquals("decimal(18,2)", infer("19.99", "5.00", "7"));
        assertEquals("double", infer("1.5", "2.25"));
        assertEquals("double", infer("1", "1e5"));
        assertEquals("decimal(38,0)", infer("123456789012345678901234567890"));
        assertEquals("date", infer("2024-01-01"));
        assertEquals("timestamp", infer("2024-01-01", "2024-01-01T10:00:00"));
        assertEquals("timestamp_utc", infer("2024-01-01T10:00:00Z", "2024-01-01T10:00:00+05:30"));
        assertEquals("string", infer("2024-01-01T10:00:00Z", "2024-01-01T10:00:00"));
        assertEquals("string", infer("007", "8"));
        assertEquals("string", infer("1", "true"));
    }

    @Test
    void columnWithoutValuesIsString() {
        assertEquals("string", infer());
    }

    @Test
    void usesDecimalOnlyWhenADoubleWouldLoseDigits() {
        assertEquals("double", infer("0.48762867729346127", "476.2856701234567"));
        assertEquals("decimal(38,19)", infer("0.1234567890123456789", "1.5"));
        assertEquals("decimal(38,0)", infer("12345678901234567890"));
    }

    @Test
    void widensFromAChosenType() {
        Column intCol = Column.of("x", "x", ColumnType.INT64);
        ColumnGuess g = ColumnGuess.from(intCol);
        byte[] v = "2.5".getBytes(StandardCharsets.UTF_8);
        g.add(v, 0, v.length, new ValueReader());
        assertEquals("decimal(18,1)", g.resolve(intCol).typeName());
    }
}
