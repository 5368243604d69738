package io.liveline.bench.sse;

/** A server the load client follows: where to subscribe, how to publish, and how much memory it holds. */
interface ServerUnderTest extends AutoCloseable {

    String name();

    String subscribeUrl();

    EventPublisher publisher();

    /** Resident memory of the server's processes, in bytes. */
    long residentBytes();

    /** CPU time used so far by the server's processes (for feed-service, not the broker or database), in nanoseconds. */
    long cpuNanos();
}
