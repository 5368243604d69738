package io.liveline.enrich.kb;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import io.liveline.problems.InvalidRequestException;
import java.util.List;

/** An entity (or a knowledge-base query) an editor sent that cannot be served: the fields at fault. */
public class InvalidEntityException extends InvalidRequestException {

    public InvalidEntityException(List<FieldError> errors) {
        super(errors);
    }

    @Override
    protected Problem problem(String instance) {
        return Problem.of("invalid-entity", "The entity is not valid", 400, "Fix the fields listed in 'errors'.", instance);
    }
}
