package io.liveline.feed.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.liveline.events.Author;
import io.liveline.events.TagSet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A live update as an IPTC ninjs 3.x news item, for partners whose tools speak ninjs: tags become
 * {@code subjects} (Media Topics with their cv.iptc.org URIs), {@code people}, {@code places} and
 * {@code organisations}, each with a resolvable URI where the tagger gave an identifier.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsItem(
        @JsonProperty("$schema") String schema,
        String uri,
        String type,
        String version,
        Instant versioncreated,
        Instant contentcreated,
        String pubstatus,
        String by,
        List<Text> headlines,
        List<Body> bodies,
        List<Concept> subjects,
        List<Concept> people,
        List<Concept> places,
        List<Concept> organisations) {

    public static final String MEDIA_TYPE = "application/vnd.iptc.ninjs+json";
    private static final String SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json";
    private static final String MEDIA_TOPICS = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String COUNTRIES = "http://cv.iptc.org/newscodes/iso3166-1a2/";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** A headline. */
    public record Text(String role, String value) {
    }

    /** The HTML body. */
    public record Body(String role, String contenttype, String value) {
    }

    /** A concept the item is about: its name, its URI, and the code behind it where there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concept(String name, String uri, String literal) {
    }

    public static NinjsItem from(FeedUpdate update) {
        TagSet tags = update.tags();
        return new NinjsItem(SCHEMA,
                "urn:liveline:" + update.liveblogId() + ":" + update.id(),
                "text",
                Long.toString(update.version()),
                // Versions are microseconds since the epoch (ingest-service): the time of this version.
                Instant.EPOCH.plusNanos(update.version() * 1_000),
                update.publishedAt(),
                "usable",
                update.authors() == null ? null : update.authors().stream().map(Author::name).collect(Collectors.joining(", ")),
                update.headline() == null ? List.of() : List.of(new Text("main", update.headline())),
                List.of(new Body("main", "text/html", update.body())),
                tags.topics().stream().map(t -> new Concept(t.label(), MEDIA_TOPICS + t.code().substring("medtop:".length()),
                        t.code())).toList(),
                tags.people().stream().map(p -> new Concept(p.name(), wikidata(p.wikidata()), null)).toList(),
                tags.countries().stream().map(c -> new Concept(c.name(), COUNTRIES + c.code(), c.code())).toList(),
                tags.organisations().stream().map(o -> new Concept(o.name(), wikidata(o.wikidata()), null)).toList());
    }

    private static String wikidata(String id) {
        return id == null ? null : WIKIDATA + id;
    }
}
