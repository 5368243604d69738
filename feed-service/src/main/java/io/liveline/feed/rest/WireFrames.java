package io.liveline.feed.rest;

import io.liveline.feed.live.SseFrames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Shared SSE frames as the connections write them, in direct memory (sockets are written from it;
 * a heap buffer would be copied once per subscriber). {@code chunk} is the frames framed as one
 * HTTP/1.1 chunk (length line, frames, CRLF), for connections written below Vert.x's HTTP encoder
 * ({@link Http1ChunkWriter}): it is pooled, so that each write's {@code retainedDuplicate()} is a
 * recycled view rather than a new object per subscriber, and it stays valid while its
 * {@link SseFrames} are reachable. {@code frames} is the frames alone, for writes through the
 * Vert.x response (HTTP/2), which frames them itself; the JDK frees it once no write refers to it.
 */
record WireFrames(Buffer frames, ByteBuf chunk) {

    /** Hands the pool's reference back once the frames are unreachable; writes under way hold their own. */
    private static final Cleaner POOL_RETURN = Cleaner.create();
    private static final byte[] CRLF = {'\r', '\n'};

    /** The wire form of {@code frames}, made once and shared by every connection. */
    static WireFrames of(SseFrames frames) {
        return frames.wireForm(WireFrames::encode);
    }

    private static WireFrames encode(SseFrames owner) {
        byte[] frames = owner.bytes();
        byte[] head = (Integer.toHexString(frames.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        int length = head.length + frames.length + CRLF.length;
        ByteBuf chunk = PooledByteBufAllocator.DEFAULT.directBuffer(length, length).writeBytes(head).writeBytes(frames).writeBytes(CRLF);
        Buffer alone = Buffer.buffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(frames.length).put(frames).flip()));
        // Tied to the owner, which every event and batch holding these frames refers to.
        POOL_RETURN.register(owner, chunk::release);
        return new WireFrames(alone, chunk);
    }
}
