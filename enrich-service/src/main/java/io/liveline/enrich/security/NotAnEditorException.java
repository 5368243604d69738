package io.liveline.enrich.security;

/** A knowledge-base write without a valid editor key (401) or with a key lacking the scope (403). */
public class NotAnEditorException extends RuntimeException {

    private final int status;

    public NotAnEditorException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
