package io.liveline.feed.service;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One or more whole SSE frames, encoded once for every subscriber, in one direct buffer seen two
 * ways: {@code chunk} is the frames framed as one HTTP/1.1 chunk (length line, frames, CRLF), for
 * connections written below Vert.x's HTTP encoder; {@code frames} is the frames alone, for writes
 * through the Vert.x response (HTTP/2), which frames them itself. Sockets are written from direct
 * memory, so a heap buffer would be copied once per subscriber; the JDK frees this one once no write
 * refers to it any more.
 */
public record SseFrames(Buffer frames, ByteBuf chunk) {

    private static final byte[] CRLF = {'\r', '\n'};

    /** {@code frames} must not be empty: an empty chunk would end the response. */
    public static SseFrames of(byte[] frames) {
        byte[] head = (Integer.toHexString(frames.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer bytes = ByteBuffer.allocateDirect(head.length + frames.length + CRLF.length)
                .put(head).put(frames).put(CRLF).flip();
        ByteBuf chunk = Unpooled.wrappedBuffer(bytes);
        return new SseFrames(Buffer.buffer(chunk.slice(head.length, frames.length)), chunk);
    }
}
