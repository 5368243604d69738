package io.liveline.feed.service;

/** Where one subscriber's joined stream goes (an SSE connection); called only on the subscriber's event loop. */
public interface FeedSink {

    /** The next events for this subscriber (one or more whole frames), in id order, already filtered. */
    void send(SseFrames frames, int events);

    /** The stream ends: the subscriber fell too far behind ({@link SlowClientException}) or its replay failed. */
    void close(Throwable reason);
}
