package io.liveline.feed.live;

/** A subscriber fell further behind than its buffer allows; its stream ends and the client resumes from its last id. */
public class SlowClientException extends RuntimeException {

    public SlowClientException(String message) {
        super(message, null, false, false);
    }
}
