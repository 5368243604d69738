package io.liveline.feed.service;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One or more whole SSE frames, encoded once for every subscriber, in direct memory (sockets are
 * written from it; a heap buffer would be copied once per subscriber). {@code chunk} is the frames
 * framed as one HTTP/1.1 chunk (length line, frames, CRLF), for connections written below Vert.x's
 * HTTP encoder: it is pooled, so that each write's {@code retainedDuplicate()} is a recycled view
 * rather than a new object per subscriber, and it stays valid while this record is reachable.
 * {@code frames} is the frames alone, for writes through the Vert.x response (HTTP/2), which frames
 * them itself; the JDK frees it once no write refers to it any more.
 */
public record SseFrames(Buffer frames, ByteBuf chunk) {

    /** Hands the pool's reference back once no event refers to the chunk; writes under way hold their own. */
    private static final Cleaner POOL_RETURN = Cleaner.create();
    private static final byte[] CRLF = {'\r', '\n'};

    /** {@code frames} must not be empty: an empty chunk would end the response. */
    public static SseFrames of(byte[] frames) {
        byte[] head = (Integer.toHexString(frames.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        int length = head.length + frames.length + CRLF.length;
        ByteBuf chunk = PooledByteBufAllocator.DEFAULT.directBuffer(length, length).writeBytes(head).writeBytes(frames).writeBytes(CRLF);
        Buffer alone = Buffer.buffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(frames.length).put(frames).flip()));
        SseFrames encoded = new SseFrames(alone, chunk);
        POOL_RETURN.register(encoded, chunk::release);
        return encoded;
    }
}
