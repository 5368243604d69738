package io.liveline.feed.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.feed.live.SseFrames;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The two wire forms of shared frames: what goes through the Vert.x response, and the same bytes as an HTTP/1.1 chunk. */
class WireFramesTest {

    @Test
    void theChunkIsTheFramesWithTheirHexLengthAndTrailingCrlf() {
        String text = "id: 7\nevent: update\ndata: {\"body\":\"" + "é".repeat(10) + "\"}\n\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        WireFrames wire = WireFrames.of(SseFrames.of(bytes));

        assertThat(wire.frames().getBytes()).isEqualTo(bytes);
        assertThat(wire.chunk().toString(StandardCharsets.UTF_8))
                .isEqualTo(Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n");
        assertThat(wire.chunk().isDirect()).isTrue();
    }

    @Test
    void everyConnectionSharesTheFormMadeAtTheFirstWrite() {
        SseFrames frames = SseFrames.of("id: 3\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(WireFrames.of(frames)).isSameAs(WireFrames.of(frames));
    }

    @Test
    void writesOfTheChunkLeaveTheSharedBufferAsItWas() {
        WireFrames wire = WireFrames.of(SseFrames.of("id: 1\n\n".getBytes(StandardCharsets.UTF_8)));
        var written = wire.chunk().retainedDuplicate();
        written.skipBytes(written.readableBytes());
        written.release();

        assertThat(wire.chunk().readableBytes()).isEqualTo("7\r\nid: 1\n\n\r\n".length());
        assertThat(wire.chunk().refCnt()).isEqualTo(1);
    }

    @Test
    void thePooledChunkIsReturnedOnceNoEventRefersToIt() {
        ByteBuf chunk = WireFrames.of(SseFrames.of("id: 2\n\n".getBytes(StandardCharsets.UTF_8))).chunk();
        ByteBuf write = chunk.retainedDuplicate();

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return chunk.refCnt() == 1;
        });
        // The write under way still has its bytes; finishing it returns the memory.
        assertThat(write.toString(StandardCharsets.UTF_8)).isEqualTo("7\r\nid: 2\n\n\r\n");
        write.release();
        assertThat(chunk.refCnt()).isZero();
    }
}
