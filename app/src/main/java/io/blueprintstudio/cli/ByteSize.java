package io.blueprintstudio.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes like {@code 64M}, {@code 1G}, {@code 512K} or plain bytes; binary units. */
final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
        int shift = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        try {
            return Long.parseLong(digits.strip()) << shift;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a size; use e.g. 64M, 1G or 1048576");
        }
    }

}
