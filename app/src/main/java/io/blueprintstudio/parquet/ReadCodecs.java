package io.blueprintstudio.parquet;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Decompression for reading Parquet without Hadoop: parquet-java's default codec factory builds Hadoop codecs, and
 * the app ships without Hadoop. Covers the codecs the converter writes (snappy, zstd, gzip, none).
 */
final class ReadCodecs implements CompressionCodecFactory {
    static final ReadCodecs INSTANCE = new ReadCodecs();

    private ReadCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("read-only codec factory");
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new Decompressor(codec);
    }

    @Override
    public void release() {
    }

    private record Decompressor(CompressionCodecName codec) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            byte[] in = bytesOf(bytes);
            return BytesInput.from(switch (codec) {
                case SNAPPY -> Snappy.uncompress(in);
                case ZSTD -> Zstd.decompress(in, uncompressedSize);
                case GZIP -> gunzip(in, uncompressedSize);
                case UNCOMPRESSED -> in;
                default -> throw new IOException("cannot read " + codec + " compressed pages");
            });
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(bytesOf(decompress(BytesInput.from(in), uncompressedSize)));
        }

        private static byte[] bytesOf(BytesInput in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(32, in.size()));
            in.writeAllTo(out);
            return out.toByteArray();
        }

        private static byte[] gunzip(byte[] in, int size) throws IOException {
            try (GZIPInputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(size);
                gz.transferTo(out);
                return out.toByteArray();
            }
        }

        @Override
        public void release() {
        }
    }
}
