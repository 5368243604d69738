package io.liveline.feed.rest;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import io.liveline.problems.InvalidRequestException;
import java.util.List;

/** A query parameter the API cannot honour. */
class InvalidQueryException extends InvalidRequestException {

    InvalidQueryException(String parameter, String message) {
        super(List.of(new FieldError(parameter, message)));
    }

    /** The parameter at fault, for the SSE routes, which answer outside JAX-RS. */
    FieldError error() {
        return errors().get(0);
    }

    @Override
    protected Problem problem(String instance) {
        return Problem.of("invalid-query", "The request parameters are not valid", 400, "Fix the parameters listed in 'errors'.", instance);
    }
}
