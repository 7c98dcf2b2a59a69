package io.blueprintstudio.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes a stream in another character set as UTF-8, so the tokenizer and decoders only ever see UTF-8.
 * Characters the source charset cannot map are an error, never a silent replacement.
 */
final class Utf8Transcoder extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 4);
    private boolean eof;

    Utf8Transcoder(InputStream in, Charset from) {
        this.reader = new InputStreamReader(in, from.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!bytes.hasRemaining()) {
            if (eof && !chars.hasRemaining()) {
                return -1;
            }
            refill();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void refill() throws IOException {
        chars.compact();
        int n = eof ? -1 : reader.read(chars);
        if (n < 0) {
            eof = true;
        }
        chars.flip();
        bytes.clear();
        var result = encoder.encode(chars, bytes, eof);
        if (result.isError()) {
            result.throwException();
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
