package io.blueprintstudio.convert;

import java.io.IOException;

/** The converter's front door: one CSV in, Parquet out, with a report. */
public final class CsvToParquet {
    private CsvToParquet() {
    }

    /**
     * Converts {@code source} into {@code destination}. Without partition columns the result is one file at
     * {@code fileName}; with them, one file named {@code fileName} in each {@code col=value/} folder. Rejected rows
     * (policy REJECT) go to {@code fileName} with {@code .rejects.csv} in place of its extension. On any failure
     * nothing is left at the destination.
     */
    public static ConversionReport convert(CsvSource source, Destination destination, String fileName,
            ConvertOptions options, ConversionListener listener) throws ConversionException {
        if (fileName == null || fileName.isBlank() || fileName.startsWith("/") || fileName.contains("..")) {
            throw new ConversionException(ConversionException.Kind.BAD_OPTIONS,
                    "output file name must be a relative name, was '" + fileName + "'");
        }
        try {
            return new Conversion(source, destination, fileName, options, listener).run();
        } catch (IOException e) {
            throw new ConversionException(ConversionException.Kind.IO,
                    "reading " + source.name() + " or writing the Parquet failed: " + e.getMessage(), 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionException(ConversionException.Kind.CANCELLED,
                    "conversion of " + source.name() + " interrupted; nothing was written", 0, null, e);
        } catch (ConversionException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ConversionException(ConversionException.Kind.IO,
                    "converting " + source.name() + " failed: " + e, 0, null, e);
        }
    }
}
