package io.liveline.bench.sse;

/** Publishes one ~500-byte event to the server under test, stamped with {@code t=<nanoTime>}. */
interface EventPublisher extends AutoCloseable {

    void publish(int n, long sentNanos) throws Exception;

    /** A body of about 500 bytes once wrapped in the update's JSON, the size the issue asks for. */
    static String body(int n) {
        return "<p>Update " + n + ": " + "Ministers met again this morning to discuss the corridor. ".repeat(7) + "</p>";
    }
}
