package io.liveline.feed.live;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One or more whole SSE frames ({@code text/event-stream}), encoded once for every subscriber that
 * takes them. How they travel (an HTTP/1.1 chunk, the data of an HTTP/2 stream) is the
 * transport's business: it makes its own form of them once, through {@link #wireForm}, and every
 * connection writes that same form.
 */
public final class SseFrames {

    private final byte[] bytes;
    private final AtomicReference<Object> wireForm = new AtomicReference<>();

    private SseFrames(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code frames} must not be empty (an empty HTTP/1.1 chunk would end the response) and is not copied. */
    public static SseFrames of(byte[] frames) {
        if (frames.length == 0) {
            throw new IllegalArgumentException("no frames");
        }
        return new SseFrames(frames);
    }

    /** The frames as UTF-8 bytes; shared, so never to be changed. */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * The transport's form of these frames, made by {@code encode} at the first write. Writes from
     * several event loops may race to make it; one form wins and all later writes share it.
     */
    @SuppressWarnings("unchecked")
    public <T> T wireForm(Function<SseFrames, T> encode) {
        Object form = wireForm.get();
        if (form == null) {
            form = Objects.requireNonNull(encode.apply(this));
            if (!wireForm.compareAndSet(null, form)) {
                form = wireForm.get();
            }
        }
        return (T) form;
    }
}
