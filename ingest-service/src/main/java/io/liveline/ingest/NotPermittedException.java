package io.liveline.ingest;

/** A known API key used for a live blog outside the ones it may write to. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
