package io.liveline.enrich.kb;

import io.liveline.events.Problem.FieldError;

/** A name or alias another entity already owns: the editor must choose, so the answer is 409. */
public class AliasConflictException extends RuntimeException {

    private final transient FieldError error;
    private final String owner;

    public AliasConflictException(FieldError error, String owner) {
        super(error.field() + " " + error.message());
        this.error = error;
        this.owner = owner;
    }

    public FieldError error() {
        return error;
    }

    /** The id of the entity that owns the phrase. */
    public String owner() {
        return owner;
    }
}
