package io.blueprintstudio.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a CSV: dialect, header and the first records, read once. The records are kept so the conversion can
 * replay them and go on reading from the same open tokenizer, without fetching the head twice.
 */
final class Sample implements AutoCloseable {
    /** The sample also stops at this many bytes, so wide or huge-field files cannot fill memory while sampling. */
    private static final long MAX_SAMPLE_BYTES = 32L << 20;

    final Dialect dialect;
    /** Header texts, or {@code null} entries when the file has no header row. */
    final List<String> header;
    final List<SavedRecord> records;
    final CsvTokenizer tokenizer;
    private final InputStream stream;

    private Sample(Dialect dialect, List<String> header, List<SavedRecord> records, CsvTokenizer tokenizer,
            InputStream stream) {
        this.dialect = dialect;
        this.header = header;
        this.records = records;
        this.tokenizer = tokenizer;
        this.stream = stream;
    }

    static Sample read(CsvSource source, ConvertOptions options) throws IOException, ConversionException {
        DialectDetector.Opened opened = DialectDetector.open(source, options);
        try {
            CsvTokenizer t = new CsvTokenizer(opened.stream(), opened.dialect(), options.maxFieldBytes(),
                    options.maxColumns());
            if (!Reading.next(t, source)) {
                throw new ConversionException(ConversionException.Kind.BAD_INPUT,
                        source.name() + " is empty: there is no header and no data");
            }
            List<String> header = new ArrayList<>();
            List<SavedRecord> records = new ArrayList<>();
            if (options.header()) {
                for (int i = 0; i < t.fieldCount(); i++) {
                    header.add(headerText(t, i, source));
                }
            } else {
                for (int i = 0; i < t.fieldCount(); i++) {
                    header.add(null);
                }
                records.add(new SavedRecord(t));
            }
            long bytes = 0;
            while (records.size() < options.sampleRows() && bytes < MAX_SAMPLE_BYTES && Reading.next(t, source)) {
                SavedRecord r = new SavedRecord(t);
                records.add(r);
                bytes += r.byteSize();
            }
            return new Sample(opened.dialect(), header, records, t, opened.stream());
        } catch (IOException | ConversionException | RuntimeException e) {
            opened.stream().close();
            throw e;
        }
    }

    private static String headerText(CsvTokenizer t, int i, CsvSource source) throws ConversionException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(t.data(), t.start(i), t.length(i)))
                    .toString().strip();
            return text.isEmpty() ? null : text;
        } catch (CharacterCodingException e) {
            throw new ConversionException(ConversionException.Kind.BAD_INPUT, source.name() + ", line "
                    + t.recordLine() + ": header column " + (i + 1) + " is not valid UTF-8; pass the file's"
                    + " encoding, e.g. --encoding windows-1252", t.recordLine(), null, e);
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
