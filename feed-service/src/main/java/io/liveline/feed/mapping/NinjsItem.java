package io.liveline.feed.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.liveline.events.Author;
import io.liveline.events.TagSet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A live update as an IPTC ninjs 3.0 news item, for partners whose tools speak ninjs: tags become
 * {@code subjects} (Media Topics with their cv.iptc.org URIs), {@code people}, {@code places} and
 * {@code organisations}, each with its Wikidata URI where the tagger knows the item, and a person's
 * or organisation's knowledge-base id as its {@code literal}. The schema forbids properties it does
 * not define, so nothing of our own rides along: an editor's topic says so in ninjs's own
 * {@code creator}, while people, places and organisations have no such property in ninjs 3.0 (the
 * JSON form marks every editor's tag).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NinjsItem(
        String uri,
        Standard standard,
        String type,
        String version,
        Instant versionCreated,
        Instant contentCreated,
        PubStatus pubStatus,
        String by,
        List<Text> headlines,
        List<Body> bodies,
        List<Subject> subjects,
        List<Concept> people,
        List<Concept> places,
        List<Concept> organisations) {

    public static final String MEDIA_TYPE = "application/vnd.iptc.ninjs+json";
    /** What every item declares it conforms to; the schema URI is the published schema's {@code $id}. */
    public static final Standard NINJS_3_0 = new Standard("ninjs", "3.0", "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#");
    private static final String MEDIA_TOPICS = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** The standard, version and schema an item conforms to. */
    public record Standard(String name, String version, String schema) {
    }

    /** ninjs's publication statuses; {@code withheld} has no meaning in a live blog. */
    public enum PubStatus {
        @JsonProperty("usable") USABLE,
        @JsonProperty("canceled") CANCELED
    }

    /** A headline. */
    public record Text(String role, String value) {
    }

    /** The HTML body. */
    public record Body(String role, String contentType, String value) {
    }

    /**
     * A Media Topic. ninjs's relevance and confidence are integers 0-100; the tagger gives one score,
     * which grows with both how sure it is and how much of the text speaks of the topic, so it stands
     * for both.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String name, String uri, String literal, String creator, int relevance, int confidence) {
    }

    /** A person, place or organisation: its name, its Wikidata URI when known, and our code for it where there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Concept(String name, String uri, String literal) {
    }

    public static NinjsItem from(FeedUpdate update) {
        TagSet tags = update.tags();
        return new NinjsItem(uri(update.liveblogId(), update.id()), NINJS_3_0, "text",
                Long.toString(update.version()), versionCreated(update.version()), update.publishedAt(), PubStatus.USABLE,
                update.authors() == null ? null : update.authors().stream().map(Author::name).collect(Collectors.joining(", ")),
                update.headline() == null ? List.of() : List.of(new Text("main", update.headline())),
                List.of(new Body("main", "text/html", update.body())),
                tags.topics().stream().map(NinjsItem::subject).toList(),
                tags.people().stream().map(p -> new Concept(p.name(), wikidata(p.wikidata()), p.kbId())).toList(),
                tags.countries().stream().map(c -> new Concept(c.name(), wikidata(c.wikidata()), c.code())).toList(),
                tags.organisations().stream().map(o -> new Concept(o.name(), wikidata(o.wikidata()), o.kbId())).toList());
    }

    /** A retracted update: ninjs's kill notice, the identity and version with nothing of the withdrawn content. */
    public static NinjsItem canceled(String liveblogId, String id, long version) {
        return new NinjsItem(uri(liveblogId, id), NINJS_3_0, "text", Long.toString(version), versionCreated(version),
                null, PubStatus.CANCELED, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String uri(String liveblogId, String id) {
        return "urn:liveline:" + liveblogId + ":" + id;
    }

    /** Versions are microseconds since the epoch (ingest-service): the time of this version. */
    private static Instant versionCreated(long version) {
        return Instant.EPOCH.plusNanos(version * 1_000);
    }

    private static Subject subject(TagSet.TopicTag topic) {
        int percent = (int) Math.round(topic.score() * 100);
        return new Subject(topic.label(), MEDIA_TOPICS + topic.code().substring("medtop:".length()), topic.code(),
                topic.source() == null ? null : topic.source().wireName(), percent, percent);
    }

    private static String wikidata(String id) {
        return id == null ? null : WIKIDATA + id;
    }
}
