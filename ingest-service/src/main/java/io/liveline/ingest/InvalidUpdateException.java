package io.liveline.ingest;

import io.liveline.events.Problem.FieldError;
import java.util.List;

/** A request that cannot become a live update, with every field at fault. */
public class InvalidUpdateException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidUpdateException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidUpdateException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
