package io.liveline.enrich.rest;

import io.liveline.events.Problem.FieldError;
import java.util.List;

/** A preview request without text to tag. */
class InvalidPreviewException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidPreviewException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
