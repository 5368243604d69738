package io.liveline.ingest;

/** A new update or an edit for a live blog that has ended: refused until an editor reopens it. */
public class LiveblogEndedException extends RuntimeException {

    public LiveblogEndedException(String liveblogId) {
        super("Live blog '" + liveblogId + "' has ended and takes no new updates or edits; reopen it with "
                + "PUT /v1/liveblogs/" + liveblogId + " and state 'live' or 'paused'. Retractions are still accepted.");
    }
}
