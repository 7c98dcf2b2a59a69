package io.blueprintstudio.convert;

/** The column types the converter infers and writes. */
public enum ColumnType {
    BOOLEAN,
    INT64,
    /** Exact fixed-point; precision and scale live on {@link Column}. */
    DECIMAL,
    DOUBLE,
    DATE,
    /** A date-time without an offset: written with isAdjustedToUTC=false. */
    TIMESTAMP,
    /** A date-time with an offset or {@code Z}: converted to UTC and written with isAdjustedToUTC=true. */
    TIMESTAMP_UTC,
    STRING
}
