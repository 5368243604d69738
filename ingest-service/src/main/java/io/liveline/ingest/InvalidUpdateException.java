package io.liveline.ingest;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import io.liveline.problems.InvalidRequestException;
import java.util.List;

/** A request that cannot become a live update, with every field at fault. */
public class InvalidUpdateException extends InvalidRequestException {

    public InvalidUpdateException(List<FieldError> errors) {
        super(errors);
    }

    public InvalidUpdateException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    protected Problem problem(String instance) {
        return Problem.of("invalid-update", "The update is not valid", 400,
                "Fix the fields listed in 'errors' and send the request again.", instance);
    }
}
