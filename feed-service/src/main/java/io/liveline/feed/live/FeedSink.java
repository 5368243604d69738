package io.liveline.feed.live;

/** Where one subscriber's joined stream goes (an SSE connection); called only on the subscriber's event loop. */
public interface FeedSink {

    /** The next events for this subscriber (one or more whole frames), in id order, already filtered. */
    void send(SseFrames frames, int events);

    /**
     * Runs {@code then} on the subscriber's event loop once its socket takes writes again (at once
     * when it does now). A replay waits on it before reading more, so a client resuming far back
     * costs at most one batch of rows beyond what its socket holds, however slowly it reads.
     */
    void whenWritable(Runnable then);

    /** The stream ends: the subscriber fell too far behind ({@link SlowClientException}) or its replay failed. */
    void close(Throwable reason);
}
