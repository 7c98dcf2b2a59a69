package io.blueprintstudio.convert.io;

import io.blueprintstudio.convert.PendingFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.io.PositionOutputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * One object being written to S3. Bytes collect in a buffer of at most one part; a full buffer is uploaded as a
 * part of a multipart upload (started on the first full part) before more is accepted. Commit uploads the rest and
 * completes the upload, or, when no part was ever full, puts the whole small object in one request.
 */
final class S3PendingFile implements PendingFile {
    private static final int MAX_PARTS = 10_000;
    private static final int FIRST_BUFFER = 64 << 10;
    // Named on every request, and each part's checksum repeated at completion: S3 then verifies every part and
    // the whole, and the SDK's default of adding a checksum to parts of an upload that declared none cannot
    // make completion fail.
    private static final ChecksumAlgorithm CHECKSUM = ChecksumAlgorithm.CRC32;

    private enum State { WRITING, COMMITTED, ABORTED }

    private final S3Client s3;
    private final S3Location target;
    private final int partSize;
    private final String contentType;
    private final PartStream stream = new PartStream();
    private final List<CompletedPart> parts = new ArrayList<>();
    private String uploadId;
    private State state = State.WRITING;

    S3PendingFile(S3Client s3, S3Location target, int partSize, String contentType) {
        this.s3 = s3;
        this.target = target;
        this.partSize = partSize;
        this.contentType = contentType;
    }

    @Override
    public PositionOutputStream stream() {
        return stream;
    }

    @Override
    public String location() {
        return target.toString();
    }

    @Override
    public synchronized void commit() throws IOException {
        if (state == State.COMMITTED) {
            return;
        }
        if (state == State.ABORTED) {
            throw new IOException(target + " was aborted and cannot be committed");
        }
        stream.closed = true;
        try {
            if (uploadId == null) {
                putWhole();
            } else {
                if (stream.count > 0) {
                    uploadPart();
                }
                completeUpload();
            }
        } catch (SdkException e) {
            // State stays WRITING so the caller's abort() still cleans up the upload.
            throw new IOException("writing " + target + " failed: " + e.getMessage(), e);
        }
        state = State.COMMITTED;
        stream.buffer = null;
    }

    @Override
    public synchronized void abort() {
        if (state != State.WRITING) {
            return;
        }
        state = State.ABORTED;
        stream.closed = true;
        stream.buffer = null;
        if (uploadId != null) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(target.bucket()).key(target.key()).uploadId(uploadId));
            } catch (SdkException e) {
                // The object never became visible; a bucket lifecycle rule for incomplete multipart uploads
                // removes the stored parts.
            }
        }
    }

    private void putWhole() {
        s3.putObject(b -> b.bucket(target.bucket()).key(target.key()).contentType(contentType)
                .checksumAlgorithm(CHECKSUM), body());
    }

    private void uploadPart() throws IOException {
        if (parts.size() == MAX_PARTS) {
            throw new IOException(target + " is larger than S3's limit of " + MAX_PARTS + " parts of "
                    + (partSize >> 20) + " MiB");
        }
        if (uploadId == null) {
            uploadId = s3.createMultipartUpload(b -> b.bucket(target.bucket()).key(target.key())
                    .contentType(contentType).checksumAlgorithm(CHECKSUM)).uploadId();
        }
        int number = parts.size() + 1;
        UploadPartResponse part = s3.uploadPart(b -> b.bucket(target.bucket()).key(target.key())
                .uploadId(uploadId).partNumber(number).checksumAlgorithm(CHECKSUM), body());
        parts.add(CompletedPart.builder().partNumber(number).eTag(part.eTag())
                .checksumCRC32(part.checksumCRC32()).build());
        stream.count = 0;
    }

    private void completeUpload() {
        s3.completeMultipartUpload(b -> b.bucket(target.bucket()).key(target.key()).uploadId(uploadId)
                .multipartUpload(u -> u.parts(parts)));
    }

    /** The buffered bytes without copying them; the SDK may re-read them on a retry. */
    private RequestBody body() {
        byte[] bytes = stream.buffer == null ? new byte[0] : stream.buffer;
        int length = stream.count;
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length,
                contentType);
    }

    /** Buffers up to one part; grows from small so that many small open files stay cheap. */
    private final class PartStream extends PositionOutputStream {
        private byte[] buffer;
        private int count;
        private long position;
        private boolean closed;

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (S3PendingFile.this) {
                ensureOpen();
                while (len > 0) {
                    if (count == partSize) {
                        uploadFullPart();
                    }
                    int n = Math.min(len, partSize - count);
                    ensureCapacity(count + n);
                    System.arraycopy(b, off, buffer, count, n);
                    count += n;
                    position += n;
                    off += n;
                    len -= n;
                }
            }
        }

        private void uploadFullPart() throws IOException {
            try {
                uploadPart();
            } catch (SdkException e) {
                throw new IOException("uploading part " + (parts.size() + 1) + " of " + target + " failed: "
                        + e.getMessage(), e);
            }
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException("the stream for " + target + " is closed");
            }
        }

        private void ensureCapacity(int needed) {
            if (buffer == null) {
                buffer = new byte[Math.min(partSize, Math.max(FIRST_BUFFER, needed))];
            } else if (buffer.length < needed) {
                int grown = (int) Math.min(partSize, Math.max((long) needed, 2L * buffer.length));
                buffer = Arrays.copyOf(buffer, grown);
            }
        }

        @Override
        public void flush() {
            // Nothing to do: S3 takes whole parts only, and they go up as soon as they are full.
        }

        @Override
        public void close() {
            // Parquet's writer closes the stream when it finishes; the bytes wait for commit().
            closed = true;
        }
    }
}
