package io.blueprintstudio.convert;

/** What to do when a value later in the file does not fit the type inferred from the sample. */
public enum BadValuePolicy {
    /** Stop, naming the line and column. Nothing is written. */
    FAIL,
    /** Widen the column's type (for example int64 to double, or anything to string) and convert again. */
    WIDEN,
    /** Leave the row out of the Parquet and write it to the rejects file with the reason. */
    REJECT
}
