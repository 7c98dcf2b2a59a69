package io.blueprintstudio.convert;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression without Hadoop. parquet-java's own codec factory builds Hadoop codecs through a Hadoop
 * Configuration; calling snappy-java, zstd-jni and java.util.zip directly keeps Hadoop out of the Lambda jar.
 *
 * <p>A compressor is used by one file's writer on one thread. It reuses its input and output buffers from page to
 * page: parquet-java copies the compressed bytes before asking for the next page (its own compressors reuse their
 * buffers the same way), and fresh arrays per page were most of the converter's garbage.
 *
 * <p>Public because the app reads converted files back with it (its decompressors are stateless), so what writes a
 * page and what reads it agree on the codecs.
 */
public final class ParquetCodecs implements CompressionCodecFactory {
    public static final ParquetCodecs INSTANCE = new ParquetCodecs();
    private static final int ZSTD_LEVEL = 3;

    private ParquetCodecs() {
    }

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

    /** A growable byte array that BytesInput can write into without a copy on the way out. */
    private static final class Buffer extends OutputStream {
        byte[] bytes = new byte[1 << 16];
        int length;

        void reset() {
            length = 0;
        }

        void ensure(int capacity) {
            if (bytes.length < capacity) {
                bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
            }
        }

        @Override
        public void write(int b) {
            ensure(length + 1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(length + len);
            System.arraycopy(b, off, bytes, length, len);
            length += len;
        }
    }

    private static final class Compressor implements BytesInputCompressor {
        private final CompressionCodecName codec;
        private final Buffer in = new Buffer();
        private final Buffer out = new Buffer();

        Compressor(CompressionCodecName codec) {
            this.codec = codec;
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            if (codec == CompressionCodecName.UNCOMPRESSED) {
                return bytes;
            }
            in.reset();
            bytes.writeAllTo(in);
            out.reset();
            switch (codec) {
                case SNAPPY -> {
                    out.ensure(Snappy.maxCompressedLength(in.length));
                    out.length = Snappy.rawCompress(in.bytes, 0, in.length, out.bytes, 0);
                }
                case ZSTD -> {
                    out.ensure((int) Zstd.compressBound(in.length));
                    out.length = (int) Zstd.compressByteArray(out.bytes, 0, out.bytes.length, in.bytes, 0, in.length,
                            ZSTD_LEVEL);
                }
                case GZIP -> gzip();
                default -> throw new IllegalArgumentException("compression " + codec + " is not offered");
            }
            return BytesInput.from(out.bytes, 0, out.length);
        }

        private void gzip() throws IOException {
            try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
                gz.write(in.bytes, 0, in.length);
            }
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

        private static byte[] bytesOf(BytesInput in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(32, in.size()));
            in.writeAllTo(out);
            return out.toByteArray();
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
