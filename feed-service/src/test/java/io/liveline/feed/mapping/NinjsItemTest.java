package io.liveline.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveline.events.Author;
import io.liveline.events.EventJson;
import io.liveline.events.TagSet;
import io.liveline.events.TagSource;
import io.liveline.feed.NinjsSchema;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed's ninjs items against IPTC's published ninjs 3.0 schema, and the values the standard defines. */
class NinjsItemTest {

    private static final long VERSION = 1_764_054_000_123_456L;

    private static FeedUpdate update(String headline, List<Author> authors, TagSet tags) {
        return new FeedUpdate("harbour-strike-live", "u-42", VERSION, "key-event", true, headline,
                "<p>Dock workers in Rotterdam stopped work at dawn.</p>", authors, Instant.parse("2026-11-25T07:00:00Z"), tags);
    }

    private static JsonNode json(NinjsItem item) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(item));
    }

    @Test
    void aTaggedUpdateIsAValidNinjs3Item() throws Exception {
        TagSet tags = new TagSet(List.of(new TagSet.PersonTag("Volodymyr Zelenskyy", "Q3881", 2), new TagSet.PersonTag("Ines Kovač", null, 1)),
                List.of(new TagSet.CountryTag("NL", "Netherlands", "Q55"), new TagSet.CountryTag("XK", "Kosovo")),
                List.of(new TagSet.OrganisationTag("NATO", "Q7184"), new TagSet.OrganisationTag("Harbour Board", null)),
                List.of(new TagSet.TopicTag("medtop:09000000", "labour", 0.824), new TagSet.TopicTag("medtop:16000000", "conflict, war and peace", 1.0)));
        JsonNode item = json(NinjsItem.from(update("Dock workers walk out",
                List.of(new Author("Ines Kovač", "reporter"), new Author("Sam Lee", null)), tags)));

        assertThat(NinjsSchema.violations(item)).isEmpty();
        assertThat(item.at("/standard/name").asText()).isEqualTo("ninjs");
        assertThat(item.at("/standard/version").asText()).isEqualTo("3.0");
        assertThat(item.at("/pubStatus").asText()).isEqualTo("usable");
        assertThat(item.at("/versionCreated").asText()).isEqualTo("2025-11-25T07:00:00.123456Z");
        assertThat(item.at("/contentCreated").asText()).isEqualTo("2026-11-25T07:00:00Z");
        assertThat(item.at("/bodies/0/contentType").asText()).isEqualTo("text/html");
        assertThat(item.at("/by").asText()).isEqualTo("Ines Kovač, Sam Lee");
        assertThat(item.at("/subjects/0/uri").asText()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/09000000");
        assertThat(item.at("/subjects/0/relevance").asInt()).isEqualTo(82);
        assertThat(item.at("/subjects/0/confidence").asInt()).isEqualTo(82);
        assertThat(item.at("/subjects/1/confidence").asInt()).isEqualTo(100);
        assertThat(item.at("/people/0/uri").asText()).isEqualTo("http://www.wikidata.org/entity/Q3881");
        assertThat(item.at("/people/1").has("uri")).isFalse();
        assertThat(item.at("/places/0/uri").asText()).isEqualTo("http://www.wikidata.org/entity/Q55");
        assertThat(item.at("/places/0/literal").asText()).isEqualTo("NL");
        assertThat(item.at("/places/1").has("uri")).isFalse();
        assertThat(item.at("/organisations/0/uri").asText()).isEqualTo("http://www.wikidata.org/entity/Q7184");
    }

    @Test
    void editorsTagsAndKbIdsKeepTheItemValid() throws Exception {
        TagSet tags = new TagSet(List.of(new TagSet.PersonTag("Michael Jordan", "Q41421", "Q41421", 0, TagSource.EDITOR)),
                List.of(new TagSet.CountryTag("US", "United States", null, TagSource.EDITOR)),
                List.of(new TagSet.OrganisationTag("Chicago Bulls", null, "chicago-bulls", TagSource.EDITOR)),
                List.of(new TagSet.TopicTag("medtop:15008000", "basketball", 1.0, TagSource.EDITOR),
                        new TagSet.TopicTag("medtop:15000000", "sport", 0.7)));
        JsonNode item = json(NinjsItem.from(update("Bulls win", List.of(), tags)));

        assertThat(NinjsSchema.violations(item)).isEmpty();
        assertThat(item.at("/subjects/0/creator").asText()).isEqualTo("editor");
        assertThat(item.at("/subjects/1").has("creator")).isFalse();
        assertThat(item.at("/people/0/literal").asText()).isEqualTo("Q41421");
        assertThat(item.at("/organisations/0/literal").asText()).isEqualTo("chicago-bulls");
    }

    @Test
    void anUntaggedUpdateWithoutHeadlineOrAuthorIsValidToo() throws Exception {
        JsonNode item = json(NinjsItem.from(update(null, List.of(), TagSet.EMPTY)));

        assertThat(NinjsSchema.violations(item)).isEmpty();
        assertThat(item.has("headlines")).isFalse();
        assertThat(item.has("subjects")).isFalse();
    }

    @Test
    void aRetractionIsACanceledItemWithNoneOfTheWithdrawnContent() throws Exception {
        JsonNode item = json(NinjsItem.canceled("harbour-strike-live", "u-42", VERSION));

        assertThat(NinjsSchema.violations(item)).isEmpty();
        assertThat(item.at("/pubStatus").asText()).isEqualTo("canceled");
        assertThat(item.at("/uri").asText()).isEqualTo("urn:liveline:harbour-strike-live:u-42");
        assertThat(item.has("bodies")).isFalse();
    }

    @Test
    void theSchemaRefusesWhatNinjs3Renamed() throws Exception {
        ObjectNode item = (ObjectNode) json(NinjsItem.from(update("Dock workers walk out", List.of(), TagSet.EMPTY)));
        item.put("versioncreated", "2025-11-25T07:00:00Z");
        item.put("pubStatus", "cancelled");

        assertThat(NinjsSchema.violations(item))
                .anyMatch(m -> m.contains("versioncreated"))
                .anyMatch(m -> m.contains("pubStatus"));
    }
}
