package io.liveline.ingest;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import io.liveline.problems.InvalidRequestException;
import java.util.List;

/** A request that cannot become a live blog's metadata, with every field at fault. */
public class InvalidLiveblogException extends InvalidRequestException {

    public InvalidLiveblogException(List<FieldError> errors) {
        super(errors);
    }

    @Override
    protected Problem problem(String instance) {
        return Problem.of("invalid-liveblog", "The live blog's metadata is not valid", 400,
                "Fix the fields listed in 'errors' and send the request again.", instance);
    }
}
