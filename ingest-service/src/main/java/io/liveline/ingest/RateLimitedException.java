package io.liveline.ingest;

/** An API key sent more requests than its rate allows; nothing of this request was published. */
public class RateLimitedException extends RuntimeException {

    private final int retryAfterSeconds;

    public RateLimitedException(String keyName, int retryAfterSeconds) {
        super("the API key '" + keyName + "' is over its request rate");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
