package io.liveline.feed.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The two views of encoded frames: what goes through the Vert.x response, and the same bytes as an HTTP/1.1 chunk. */
class SseFramesTest {

    @Test
    void theChunkIsTheFramesWithTheirHexLengthAndTrailingCrlf() {
        String text = "id: 7\nevent: update\ndata: {\"body\":\"" + "é".repeat(10) + "\"}\n\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SseFrames frames = SseFrames.of(bytes);

        assertThat(frames.frames().getBytes()).isEqualTo(bytes);
        assertThat(frames.chunk().toString(StandardCharsets.UTF_8))
                .isEqualTo(Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n");
        assertThat(frames.chunk().isDirect()).isTrue();
    }

    @Test
    void writesOfTheChunkLeaveTheSharedBufferAsItWas() {
        SseFrames frames = SseFrames.of("id: 1\n\n".getBytes(StandardCharsets.UTF_8));
        var written = frames.chunk().retainedDuplicate();
        written.skipBytes(written.readableBytes());
        written.release();

        assertThat(frames.chunk().readableBytes()).isEqualTo("7\r\nid: 1\n\n\r\n".length());
        assertThat(frames.chunk().refCnt()).isEqualTo(1);
    }

    @Test
    void thePooledChunkIsReturnedOnceNoEventRefersToIt() {
        ByteBuf chunk = SseFrames.of("id: 2\n\n".getBytes(StandardCharsets.UTF_8)).chunk();
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
