package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ValueReaderTest {
    private final ValueReader r = new ValueReader();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private boolean parsesLong(String s) {
        return r.parseLong(b(s), 0, s.length());
    }

    @Test
    void readsLongsAtTheirLimitsAndRefusesOverflowAndLeadingZeros() {
        assertTrue(parsesLong("9223372036854775807"));
        assertEquals(Long.MAX_VALUE, r.longValue);
        assertTrue(parsesLong("-9223372036854775808"));
        assertEquals(Long.MIN_VALUE, r.longValue);
        assertFalse(parsesLong("9223372036854775808"));
        assertFalse(parsesLong("007"));
        assertTrue(parsesLong("0"));
        assertFalse(parsesLong("1.0"));
        assertFalse(parsesLong("-"));
    }

    @Test
    void readsDecimalScaleAndSignificantDigits() {
        assertTrue(r.parseDecimal(b("-12.50"), 0, 6));
        assertEquals(-1250, r.longValue);
        assertEquals(2, r.scale);
        assertEquals(2, r.intDigits);
        assertTrue(r.parseDecimal(b("0.0001234567890123456"), 0, 21));
        assertEquals(16, r.significantDigits);
        assertFalse(r.parseDecimal(b("1e5"), 0, 3));
        assertFalse(r.parseDecimal(b("01.5"), 0, 4));
    }

    @Test
    void readsDoublesButNotLeadingZeroCodes() {
        assertTrue(r.parseDouble(b("1.5e-3"), 0, 6));
        assertEquals(1.5e-3, r.doubleValue);
        assertTrue(r.parseDouble(b("-Infinity"), 0, 9));
        assertTrue(r.parseDouble(b("NaN"), 0, 3));
        assertFalse(r.parseDouble(b("0042"), 0, 4));
        assertFalse(r.parseDouble(b("1.5f"), 0, 4));
    }

    @Test
    void fastPathDoublesEqualJavasParse() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            String s = switch (i % 4) {
                case 0 -> Double.toString(random.nextDouble() * 1000);
                case 1 -> String.format(java.util.Locale.ROOT, "%.6f", (random.nextDouble() - 0.5) * 1e6);
                case 2 -> Long.toString(random.nextLong() % 1_000_000_000_000_000L);
                default -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 100);
            };
            assertTrue(r.parseDouble(b(s), 0, s.length()), s);
            assertEquals(Double.parseDouble(s), r.doubleValue, s);
        }
        assertTrue(r.parseDouble(b("-0.0"), 0, 4));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(r.doubleValue));
    }

    @Test
    void readsDatesAndRefusesImpossibleOnes() {
        assertTrue(r.parseDate(b("2024-02-29"), 0, 10));
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(), r.longValue);
        assertFalse(r.parseDate(b("2023-02-29"), 0, 10));
        assertFalse(r.parseDate(b("2023-13-01"), 0, 10));
    }

    @Test
    void convertsOffsetTimestampsToUtc() {
        String s = "2024-03-01T10:15:30.123456+05:30";
        assertEquals(ValueReader.UTC_TIMESTAMP, r.parseTimestamp(b(s), 0, s.length()));
        Instant expected = Instant.parse("2024-03-01T04:45:30.123456Z");
        assertEquals(expected.getEpochSecond() * 1_000_000 + expected.getNano() / 1000, r.longValue);
    }

    @Test
    void readsLocalTimestampsWithSpaceOrT() {
        String s = "2024-03-01 10:15";
        assertEquals(ValueReader.LOCAL_TIMESTAMP, r.parseTimestamp(b(s), 0, s.length()));
        assertEquals(LocalDateTime.of(2024, 3, 1, 10, 15).toEpochSecond(ZoneOffset.UTC) * 1_000_000, r.longValue);
    }

    @Test
    void refusesNanosecondsRatherThanTruncating() {
        String s = "2024-03-01T10:15:30.123456789";
        assertEquals(ValueReader.NOT_TIMESTAMP, r.parseTimestamp(b(s), 0, s.length()));
        String zeros = "2024-03-01T10:15:30.123456000Z";
        assertEquals(ValueReader.UTC_TIMESTAMP, r.parseTimestamp(b(zeros), 0, zeros.length()));
    }

    @Test
    void countsEpochDaysLikeJavaTime() {
        for (LocalDate d = LocalDate.of(1600, 1, 1); d.isBefore(LocalDate.of(2401, 1, 1)); d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), ValueReader.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        }
        assertEquals(LocalDate.of(0, 3, 1).toEpochDay(), ValueReader.epochDay(0, 3, 1));
    }
}
