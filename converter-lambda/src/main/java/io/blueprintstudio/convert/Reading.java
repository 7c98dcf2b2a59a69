package io.blueprintstudio.convert;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/** Advances the tokenizer, turning what it cannot read into a user-facing {@link ConversionException}. */
final class Reading {
    private Reading() {
    }

    static boolean next(CsvTokenizer t, CsvSource source) throws IOException, ConversionException {
        try {
            return t.next();
        } catch (CsvFormatException e) {
            throw new ConversionException(ConversionException.Kind.BAD_INPUT,
                    source.name() + ", line " + e.line() + ": " + e.getMessage(), e.line(), null, e);
        } catch (CharacterCodingException e) {
            throw new ConversionException(ConversionException.Kind.BAD_INPUT, source.name() + ", near line "
                    + t.recordLine() + ": the text is not valid in the given encoding (" + e.getMessage() + ")",
                    t.recordLine(), null, e);
        }
    }
}
