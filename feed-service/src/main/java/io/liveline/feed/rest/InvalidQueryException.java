package io.liveline.feed.rest;

import io.liveline.events.Problem.FieldError;

/** A query parameter the API cannot honour. */
class InvalidQueryException extends RuntimeException {

    private final transient FieldError error;

    InvalidQueryException(String parameter, String message) {
        super(parameter + " " + message);
        this.error = new FieldError(parameter, message);
    }

    FieldError error() {
        return error;
    }
}
