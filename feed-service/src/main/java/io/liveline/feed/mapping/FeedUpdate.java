package io.liveline.feed.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.liveline.events.Author;
import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.liveline.feed.repository.LiveUpdateEntity;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A live update as apps read it, over REST and in SSE {@code update} events alike, always built
 * from the stored row so both give the same JSON (absent fields are left out, never written as null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FeedUpdate", description = "A live update as apps read it, in REST answers and as the data of an SSE update event")
public record FeedUpdate(
        String liveblogId,
        String id,
        long version,
        String kind,
        boolean pinned,
        String headline,
        String body,
        List<Author> authors,
        Instant publishedAt,
        TagSet tags) {

    private static final TypeReference<List<Author>> AUTHORS = new TypeReference<>() {
    };

    public static FeedUpdate from(LiveUpdateEntity row) {
        try {
            return new FeedUpdate(row.key.liveblogId, row.key.updateId, row.version, row.kind, row.pinned, row.headline,
                    row.bodyHtml, EventJson.mapper().readValue(row.authors, AUTHORS),
                    row.publishedAt, EventJson.mapper().readValue(row.tags, TagSet.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON of " + row.key.updateId + " is not readable", e);
        }
    }
}
