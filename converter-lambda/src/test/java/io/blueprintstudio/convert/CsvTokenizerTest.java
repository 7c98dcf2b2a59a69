package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {
    private static final Dialect COMMA = new Dialect(',', '"', null, true, "UTF-8", false);

    private static List<List<String>> records(String csv, Dialect d) throws Exception {
        return records(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), d, 1 << 20);
    }

    private static List<List<String>> records(InputStream in, Dialect d, int maxField) throws Exception {
        CsvTokenizer t = new CsvTokenizer(in, d, maxField, 1000);
        List<List<String>> out = new ArrayList<>();
        while (t.next()) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < t.fieldCount(); i++) {
                r.add(t.text(i));
            }
            out.add(r);
        }
        return out;
    }

    @Test
    void splitsQuotedDelimitersNewlinesAndDoubledQuotes() throws Exception {
        var r = records("a,b\n\"x,1\",\"line\nbreak\"\n\"say \"\"hi\"\"\",\n", COMMA);
        assertEquals(List.of(List.of("a", "b"), List.of("x,1", "line\nbreak"), List.of("say \"hi\"", "")), r);
    }

    @Test
    void treatsCrlfAndLfAlikeAndSkipsBlankLines() throws Exception {
        var r = records("a,b\r\n\r\n1,2\r\n\n3,4", COMMA);
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4")), r);
    }

    @Test
    void honoursEscapeCharacter() throws Exception {
        var d = new Dialect(',', '"', '\\', true, "UTF-8", false);
        assertEquals(List.of(List.of("a \"q\" \\ b")), records("\"a \\\"q\\\" \\\\ b\"\n", d));
    }

    @Test
    void reportsPhysicalLineOfEachRecord() throws Exception {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("h\n\"a\nb\"\n\nc\n".getBytes()), COMMA, 100, 10);
        List<Long> lines = new ArrayList<>();
        while (t.next()) {
            lines.add(t.recordLine());
        }
        assertEquals(List.of(1L, 2L, 5L), lines);
    }

    @Test
    void rejectsUnterminatedQuoteWithTheLineItOpened() {
        var e = assertThrows(CsvFormatException.class, () -> records("a,b\n1,2\n3,\"open\n4,5\n", COMMA));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unterminated quote"), e.getMessage());
    }

    @Test
    void rejectsTextAfterClosingQuote() {
        var e = assertThrows(CsvFormatException.class, () -> records("\"a\"b,c\n", COMMA));
        assertTrue(e.getMessage().contains("after the closing quote"), e.getMessage());
    }

    @Test
    void allowsSpacesAfterClosingQuote() throws Exception {
        assertEquals(List.of(List.of("a", "b")), records("\"a\"  ,\"b\" \n", COMMA));
    }

    @Test
    void rejectsFieldOverTheLimit() {
        byte[] big = ("x," + "y".repeat(5000) + "\n").getBytes();
        var e = assertThrows(CsvFormatException.class, () -> records(new ByteArrayInputStream(big), COMMA, 1000));
        assertTrue(e.getMessage().contains("longer than 1000 bytes"), e.getMessage());
    }

    @Test
    void readsFieldsAcrossBufferBoundaries() throws Exception {
        String big = "z".repeat(200_000);
        var r = records(new SlowStream(("a,\"" + big + "\",b\n").getBytes()), COMMA, 1 << 20);
        assertEquals(List.of(List.of("a", big, "b")), r);
    }

    @Test
    void keepsTrailingEmptyField() throws Exception {
        assertEquals(List.of(List.of("a", "")), records("a,", COMMA));
    }

    @Test
    void endsCleanlyOnEmptyInput() throws Exception {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(new byte[0]), COMMA, 10, 10);
        assertFalse(t.next());
    }

    /** Hands out a few bytes per read, as network streams do. */
    private static final class SlowStream extends ByteArrayInputStream {
        SlowStream(byte[] b) {
            super(b);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
        }

        @Override
        public byte[] readAllBytes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() throws IOException {
            super.close();
        }
    }
}
