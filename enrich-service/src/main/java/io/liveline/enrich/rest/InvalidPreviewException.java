package io.liveline.enrich.rest;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import io.liveline.problems.InvalidRequestException;
import java.util.List;

/** A preview request without text to tag. */
class InvalidPreviewException extends InvalidRequestException {

    InvalidPreviewException(List<FieldError> errors) {
        super(errors);
    }

    @Override
    protected Problem problem(String instance) {
        return Problem.of("invalid-preview", "The preview request is not valid", 400, "Fix the fields listed in 'errors'.", instance);
    }
}
