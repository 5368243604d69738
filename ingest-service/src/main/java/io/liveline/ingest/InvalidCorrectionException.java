package io.liveline.ingest;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import io.liveline.problems.InvalidRequestException;
import java.util.List;

/** A tag correction that cannot be applied as sent, with every field at fault. */
public class InvalidCorrectionException extends InvalidRequestException {

    public InvalidCorrectionException(List<FieldError> errors) {
        super(errors);
    }

    @Override
    protected Problem problem(String instance) {
        return Problem.of("invalid-tag-correction", "The tag correction is not valid", 400,
                "Fix the fields listed in 'errors' and send the correction again.", instance);
    }
}
