package io.liveline.ingest;

/** An {@code Idempotency-Key} reused for a different request: refused, the first answer stands. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("this Idempotency-Key was used for a different request; use a new key for a new request");
    }
}
