package io.blueprintstudio.convert;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.bytes.ByteBufferAllocator;

/**
 * Heap buffers for one file's writer, handed back out once parquet-java releases them. Its page buffers come and go
 * in a few fixed sizes, thousands of times per gigabyte; recycling them took most of the load off the garbage
 * collector. Single-threaded, like the writer that owns it; keeps at most {@link #MAX_POOLED_BYTES} idle.
 */
final class RecyclingAllocator implements ByteBufferAllocator {
    private static final long MAX_POOLED_BYTES = 16L << 20;

    private final Map<Integer, ArrayDeque<ByteBuffer>> idle = new HashMap<>();
    private long pooledBytes;

    @Override
    public ByteBuffer allocate(int size) {
        ArrayDeque<ByteBuffer> same = idle.get(size);
        ByteBuffer b = same == null ? null : same.poll();
        if (b == null) {
            return ByteBuffer.allocate(size);
        }
        pooledBytes -= size;
        return b.clear();
    }

    @Override
    public void release(ByteBuffer b) {
        int size = b.capacity();
        if (b.isDirect() || pooledBytes + size > MAX_POOLED_BYTES) {
            return;
        }
        idle.computeIfAbsent(size, k -> new ArrayDeque<>()).push(b);
        pooledBytes += size;
    }

    @Override
    public boolean isDirect() {
        return false;
    }
}
