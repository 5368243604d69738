package io.liveline.ingest;

/** The request carries no API key, or one this service does not know. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
