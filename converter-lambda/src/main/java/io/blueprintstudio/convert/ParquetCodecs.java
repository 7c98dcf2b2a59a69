package io.blueprintstudio.convert;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression without Hadoop. parquet-java's own codec factory builds Hadoop codecs through a Hadoop
 * Configuration; calling snappy-java, zstd-jni and java.util.zip directly keeps Hadoop out of the Lambda jar.
 */
final class ParquetCodecs implements CompressionCodecFactory {
    static final ParquetCodecs INSTANCE = new ParquetCodecs();
    private static final int ZSTD_LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new Compressor(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new Decompressor(codec);
    }

    @Override
    public void release() {
    }

    private static byte[] bytesOf(BytesInput in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(32, in.size()));
        in.writeAllTo(out);
        return out.toByteArray();
    }

    private record Compressor(CompressionCodecName codec) implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            byte[] in = bytesOf(bytes);
            return BytesInput.from(switch (codec) {
                case SNAPPY -> Snappy.compress(in);
                case ZSTD -> Zstd.compress(in, ZSTD_LEVEL);
                case GZIP -> gzip(in);
                case UNCOMPRESSED -> in;
                default -> throw new IllegalArgumentException("compression " + codec + " is not offered");
            });
        }

        private static byte[] gzip(byte[] in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 64);
            try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
                gz.write(in);
            }
            return out.toByteArray();
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
        }
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
                default -> throw new IllegalArgumentException("compression " + codec + " is not offered");
            });
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(bytesOf(decompress(BytesInput.from(in), uncompressedSize)));
        }

        private static byte[] gunzip(byte[] in, int size) {
            try (GZIPInputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
                return gz.readNBytes(size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void release() {
        }
    }
}
