package io.blueprintstudio.convert;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Parquet page compression we offer. parquet-java defaults to none; we default to snappy, as Athena and Glue do. */
public enum Compression {
    SNAPPY(CompressionCodecName.SNAPPY),
    ZSTD(CompressionCodecName.ZSTD),
    GZIP(CompressionCodecName.GZIP),
    NONE(CompressionCodecName.UNCOMPRESSED);

    private final CompressionCodecName codec;

    Compression(CompressionCodecName codec) {
        this.codec = codec;
    }

    CompressionCodecName codec() {
        return codec;
    }
}
