package io.liveline.events;

import java.util.Objects;

/** A person credited on an update, with the role the byline gives (reporter, editor, ...). */
public record Author(String name, String role) {

    public Author {
        Objects.requireNonNull(name, "name");
    }
}
