package io.liveline.feed.rest;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.Http1xServerConnection;

/**
 * Writes pre-encoded HTTP/1.1 chunks of one chunked response straight into its Netty channel, below
 * Vert.x's HTTP encoder and idle-state handler: at thousands of subscribers, the response's
 * bookkeeping, a content object, the encoder's chunk header and trailer buffers, and the idle
 * handler's promise and listener per write cost as much as the socket write itself. Anything
 * nearer the socket (TLS, traffic shaping) still sees every chunk.
 *
 * <p>Byte order with the response's own writes (head, heartbeats, the end) holds because both
 * happen on the connection's event loop and Vert.x hands its writes to the channel at once there;
 * only a handler that holds writes until a flush could reorder them, and it is flushed first.
 *
 * <p>This leans on Vert.x internals (4.5). On a Vert.x upgrade, check that: the HTTP/1.x server
 * connection is still {@code io.vertx.core.http.impl.Http1xServerConnection} with {@code channel()};
 * its pipeline still names the encoder {@code httpEncoder}, the compressor {@code deflater} and the
 * write-holding handler {@code chunkedWriter}; the response's drain handler still fires when the
 * channel becomes writable again, whoever filled it (SseConnection's backlog and a replay's pacing
 * wait on it); and writes made through the response on the event loop still reach the channel at
 * once. SseWireTest, SseTlsTest, SseTrafficShapingTest and SlowClientTest fail when one of these changes.
 */
final class Http1ChunkWriter {

    /** Vert.x's name for its HTTP/1.x response encoder (HttpServerWorker's pipeline). */
    private static final String ENCODER = "httpEncoder";
    /** Vert.x's content compressor: it sits above the encoder, so a chunk written below would skip it. */
    private static final String COMPRESSOR = "deflater";
    /** Vert.x's ChunkedWriteHandler (with TLS or traffic shaping): it holds writes until a flush. */
    private static final String HOLDS_WRITES = "chunkedWriter";

    private final ChannelHandlerContext encoder;
    private final boolean flushAboveFirst;

    private Http1ChunkWriter(ChannelHandlerContext encoder, boolean flushAboveFirst) {
        this.encoder = encoder;
        this.flushAboveFirst = flushAboveFirst;
    }

    /**
     * The writer for a chunked response whose head went out, or null when the response is not
     * HTTP/1.1 on Vert.x's HTTP/1.x connection (HTTP/2 frames its own data) or its content is
     * compressed. Throws when an HTTP/1.1 connection has no encoder by the expected name: Vert.x then
     * changed its pipeline, and streams must not quietly lose this path.
     */
    static Http1ChunkWriter of(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_1_1 || !(request.connection() instanceof Http1xServerConnection connection)) {
            return null;
        }
        ChannelPipeline pipeline = connection.channel().pipeline();
        ChannelHandlerContext encoder = pipeline.context(ENCODER);
        if (encoder == null) {
            throw new IllegalStateException("no '" + ENCODER + "' handler in the HTTP/1.1 pipeline " + pipeline.names());
        }
        if (pipeline.get(COMPRESSOR) != null) {
            return null;
        }
        return new Http1ChunkWriter(encoder, pipeline.get(HOLDS_WRITES) != null);
    }

    /**
     * Called on the connection's event loop; {@code chunk} is shared by every connection and left as
     * it is. Answers whether the channel still takes writes below its high-water mark: the same
     * writability that the response's {@code writeQueueFull()} and drain handler follow, read here
     * from the channel just written to rather than through the response's lock and wrappers.
     */
    boolean write(ByteBuf chunk) {
        if (flushAboveFirst) {
            // Whatever the response wrote and the handler still holds goes first.
            encoder.channel().flush();
        }
        // Each channel gets its own read index (the outbound buffer moves it) and reference; no
        // promise: a failed write closes the connection, which its close handler hears of.
        encoder.writeAndFlush(chunk.retainedDuplicate(), encoder.voidPromise());
        return writable();
    }

    /** Whether the channel takes writes below its high-water mark. */
    boolean writable() {
        return encoder.channel().isWritable();
    }
}
