package io.liveline.ingest;

/** Kafka did not acknowledge a record in time: nothing was accepted, the client should retry. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
