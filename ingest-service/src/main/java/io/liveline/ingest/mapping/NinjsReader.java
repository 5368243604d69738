package io.liveline.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveline.events.EventJson;
import io.liveline.events.Identifiers;
import io.liveline.events.Problem.FieldError;
import io.liveline.ingest.InvalidUpdateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Reads IPTC ninjs 2.x and 3.x items (agency feeds, CMS exports) onto the same update as our own
 * JSON: {@code uri} gives a stable id, {@code headline}/{@code headlines}, {@code body_html}/{@code
 * bodies}, {@code firstcreated}/{@code versioncreated} (either case), {@code by}; a {@code pubstatus}
 * of {@code canceled} is a retraction. Errors name the ninjs fields.
 */
@ApplicationScoped
public class NinjsReader {

    public static final String MEDIA_TYPE = "application/vnd.iptc.ninjs+json";

    // Our field names in validation errors, as the ninjs author wrote them.
    private static final Map<String, String> NINJS_FIELDS = Map.of(
            "id", "uri", "headline", "headline", "body", "body_html", "publishedAt", "versioncreated", "author", "by");

    private final UpdateRequestReader reader;

    public NinjsReader(UpdateRequestReader reader) {
        this.reader = reader;
    }

    /** A ninjs item: the update's id, and either the request to publish or null for a retraction. */
    public record Item(String id, UpdateRequest request) {
        public boolean retraction() {
            return request == null;
        }
    }

    public Item read(byte[] content) {
        JsonNode ninjs = UpdateRequestReader.parse(content);
        String uri = text(ninjs, "uri");
        if (uri == null || uri.isBlank()) {
            throw new InvalidUpdateException("uri", "is required: the item's stable identifier");
        }
        String id = idFor(uri);
        String status = text(ninjs, "pubstatus", "pubStatus");
        if (status != null && status.toLowerCase(Locale.ROOT).equals("canceled")) {
            return new Item(id, null);
        }
        ObjectNode update = EventJson.mapper().createObjectNode();
        putIfPresent(update, "headline", headline(ninjs));
        putIfPresent(update, "body", body(ninjs));
        putIfPresent(update, "publishedAt", text(ninjs, "firstcreated", "firstCreated", "versioncreated", "versionCreated"));
        putIfPresent(update, "author", text(ninjs, "by"));
        try {
            return new Item(id, reader.read(update));
        } catch (InvalidUpdateException e) {
            throw new InvalidUpdateException(e.errors().stream()
                    .map(error -> new FieldError(NINJS_FIELDS.getOrDefault(error.field(), error.field()), error.message()))
                    .toList());
        }
    }

    /** The uri itself when it is URL-safe, else a stable digest of it: every version maps to one update. */
    static String idFor(String uri) {
        if (Identifiers.isUpdateId(uri)) {
            return uri;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
            return "ninjs-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** ninjs 3 {@code headlines: [{value, role}]} (the main one, else the first), or ninjs 2 {@code headline}. */
    private static String headline(JsonNode ninjs) {
        String main = firstValue(ninjs.path("headlines"), "main", "value", null);
        return main != null ? main : text(ninjs, "headline");
    }

    /** ninjs 3 {@code bodies: [{value, contenttype}]} (the HTML one), or ninjs 2 {@code body_html}. */
    private static String body(JsonNode ninjs) {
        String html = firstValue(ninjs.path("bodies"), null, "value", "text/html");
        return html != null ? html : text(ninjs, "body_html", "body_text");
    }

    private static String firstValue(JsonNode items, String role, String field, String contentType) {
        if (!items.isArray()) {
            return null;
        }
        String first = null;
        for (JsonNode item : items) {
            String value = item.path(field).isTextual() ? item.path(field).textValue() : null;
            String type = item.path("contenttype").asText(item.path("contentType").asText(""));
            if (value == null || (contentType != null && !type.isEmpty() && !type.startsWith(contentType))) {
                continue;
            }
            if (role != null && role.equals(item.path("role").asText())) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first;
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isTextual()) {
                return node.path(name).textValue();
            }
        }
        return null;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
