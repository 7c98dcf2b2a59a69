package org.apache.parquet;

import java.util.HashMap;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Read options that never touch Hadoop. parquet-java's {@code ParquetReadOptions.Builder} always builds a Hadoop
 * codec factory in its constructor (even when another is set later), which fails without Hadoop on the class path;
 * the options' own constructor is package-private, hence this class in parquet's package. Values are the builder's
 * defaults (parquet-java 1.18), with our codecs. ParquetPeekTest runs the read path with Hadoop removed from the
 * class path, so a parquet upgrade that changes this constructor or adds a Hadoop call fails there.
 */
public final class HadoopFreeReadOptions {
    /** parquet-java's default maximum allocation (ParquetReadOptions.ALLOCATION_SIZE_DEFAULT). */
    private static final int MAX_ALLOCATION = 8 << 20;

    private HadoopFreeReadOptions() {
    }

    public static ParquetReadOptions of(CompressionCodecFactory codecs) {
        return new ParquetReadOptions(
                false, // useSignedStringMinMax
                true, // useStatsFilter
                true, // useDictionaryFilter
                true, // useRecordFilter
                true, // useColumnIndexFilter
                false, // usePageChecksumVerification
                true, // useBloomFilter
                false, // useOffHeapDecryptBuffer
                false, // useHadoopVectoredIo
                FilterCompat.NOOP, ParquetMetadataConverter.NO_FILTER, codecs, new HeapByteBufferAllocator(),
                MAX_ALLOCATION, new HashMap<>(), null, null, new PlainParquetConfiguration());
    }
}
