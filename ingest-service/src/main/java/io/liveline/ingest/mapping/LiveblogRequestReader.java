package io.liveline.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.LiveblogState;
import io.liveline.events.Problem.FieldError;
import io.liveline.ingest.InvalidLiveblogException;
import io.liveline.ingest.InvalidUpdateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a live blog's metadata into a {@link LiveblogRequest}, naming every field at
 * fault, with the same JSON limits and string checks as an update. Unknown fields are ignored, as
 * they are for updates.
 */
@ApplicationScoped
public class LiveblogRequestReader {

    public LiveblogRequest read(byte[] content) {
        JsonNode root;
        try {
            root = UpdateRequestReader.parse(content);
        } catch (InvalidUpdateException e) {
            throw new InvalidLiveblogException(e.errors());
        }
        List<FieldError> errors = new ArrayList<>();
        String title = UpdateRequestReader.optionalText(root, "title", errors);
        if (title == null) {
            if (errors.isEmpty()) {
                errors.add(new FieldError("title", "is required: the live blog's headline"));
            }
        } else if (title.isBlank()) {
            errors.add(new FieldError("title", "must not be empty"));
        } else {
            UpdateRequestReader.checkPrintable("title", title, LiveblogMetadata.MAX_TITLE, false, errors);
        }
        String description = UpdateRequestReader.optionalText(root, "description", errors);
        UpdateRequestReader.checkPrintable("description", description, LiveblogMetadata.MAX_DESCRIPTION, true, errors);
        LiveblogState state = state(root, errors);
        if (!errors.isEmpty()) {
            throw new InvalidLiveblogException(errors);
        }
        String trimmedDescription = description == null || description.isBlank() ? null : description.strip();
        return new LiveblogRequest(title.strip(), trimmedDescription, state);
    }

    private static LiveblogState state(JsonNode root, List<FieldError> errors) {
        int before = errors.size();
        String value = UpdateRequestReader.optionalText(root, "state", errors);
        if (value == null) {
            if (errors.size() == before) {
                errors.add(new FieldError("state", "is required: one of live, paused, ended"));
            }
            return null;
        }
        return LiveblogState.fromWireName(value).orElseGet(() -> {
            errors.add(new FieldError("state", "must be one of live, paused, ended"));
            return null;
        });
    }
}
