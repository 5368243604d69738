package io.liveline.problems;

import io.liveline.events.Problem;
import io.liveline.events.Problem.FieldError;
import java.util.List;

/**
 * A request refused for what is in it: answered {@code 400} with the fields at fault. Each service
 * names its own kind (its problem type, title and advice) in a subclass.
 */
public abstract class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    protected InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem this refusal is, for the request to {@code instance}. */
    protected abstract Problem problem(String instance);

    Problem answer(String instance) {
        return problem(instance).withErrors(errors);
    }
}
