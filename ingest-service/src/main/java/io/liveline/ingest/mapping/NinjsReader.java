package io.liveline.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveline.events.EventJson;
import io.liveline.events.Identifiers;
import io.liveline.events.Problem.FieldError;
import io.liveline.ingest.InvalidUpdateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads IPTC ninjs 2.x and 3.x items (agency feeds, CMS exports) onto the same update as our own
 * JSON: {@code uri} gives a stable id, {@code headlines} the headline (the main one, else the
 * first), {@code bodies} the HTML body, {@code firstCreated}/{@code versionCreated} the time,
 * {@code by} the author; a {@code pubStatus} of {@code canceled} is a retraction. 2.x spells these
 * names in lower case, 3.x in camelCase: the version comes from the media type's {@code version}
 * parameter, else from the item's {@code standard}, else from the names it uses. Errors name the
 * ninjs fields as that version spells them.
 */
@ApplicationScoped
public class NinjsReader {

    public static final String MEDIA_TYPE = "application/vnd.iptc.ninjs+json";
    static final int MAX_URI = 2_000;

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

    /** The ninjs major versions read, with the names each gives the properties used here. */
    enum Version {
        V2("pubstatus", "firstcreated", "versioncreated", "contenttype"),
        V3("pubStatus", "firstCreated", "versionCreated", "contentType");

        final String pubStatus;
        final String firstCreated;
        final String versionCreated;
        final String contentType;

        Version(String pubStatus, String firstCreated, String versionCreated, String contentType) {
            this.pubStatus = pubStatus;
            this.firstCreated = firstCreated;
            this.versionCreated = versionCreated;
            this.contentType = contentType;
        }

        Version other() {
            return this == V2 ? V3 : V2;
        }

        /** {@code 2}, {@code 2.1}, {@code 3.0} and the like; null for any other major version. */
        static Version of(String version) {
            String major = version.strip().split("\\.", 2)[0];
            return switch (major) {
                case "2" -> V2;
                case "3" -> V3;
                default -> null;
            };
        }
    }

    /** {@code contentType} is the request's Content-Type; its {@code version} parameter, when given, decides the names read. */
    public Item read(byte[] content, String contentType) {
        Version declared = declaredVersion(contentType);
        JsonNode ninjs = UpdateRequestReader.parse(content);
        Version version = declared != null ? declared : versionOf(ninjs);
        rejectOtherVersionsNames(ninjs, version);
        String uri = text(ninjs, "uri");
        if (uri == null || uri.isBlank()) {
            throw new InvalidUpdateException("uri", "is required: the item's stable identifier");
        }
        List<FieldError> uriErrors = new ArrayList<>();
        UpdateRequestReader.checkPrintable("uri", uri, MAX_URI, uriErrors);
        if (!uriErrors.isEmpty()) {
            throw new InvalidUpdateException(uriErrors);
        }
        String id = idFor(uri);
        String status = text(ninjs, version.pubStatus);
        if ("canceled".equals(status)) {
            return new Item(id, null);
        }
        if ("withheld".equals(status)) {
            throw new InvalidUpdateException(version.pubStatus, "is withheld: send the item once it is usable");
        }
        ObjectNode update = EventJson.mapper().createObjectNode();
        putIfPresent(update, "headline", firstValue(ninjs.path("headlines"), "main", null, version));
        putIfPresent(update, "body", firstValue(ninjs.path("bodies"), null, "text/html", version));
        putIfPresent(update, "publishedAt", text(ninjs, version.firstCreated, version.versionCreated));
        putIfPresent(update, "author", text(ninjs, "by"));
        Map<String, String> ninjsFields = Map.of("id", "uri", "headline", "headlines", "body", "bodies",
                "publishedAt", text(ninjs, version.firstCreated) != null ? version.firstCreated : version.versionCreated,
                "author", "by");
        try {
            return new Item(id, reader.read(update));
        } catch (InvalidUpdateException e) {
            throw new InvalidUpdateException(e.errors().stream()
                    .map(error -> new FieldError(ninjsFields.getOrDefault(error.field(), error.field()), error.message()))
                    .toList());
        }
    }

    private static Version declaredVersion(String contentType) {
        if (contentType == null) {
            return null;
        }
        String parameter = MediaType.valueOf(contentType).getParameters().get("version");
        if (parameter == null) {
            return null;
        }
        Version version = Version.of(parameter);
        if (version == null) {
            throw new NotSupportedException("ninjs version " + parameter + " is not read here: send ninjs 2.x or 3.x");
        }
        return version;
    }

    /** The item's {@code standard.version} when it names ninjs, else 2 when it uses 2.x's names, else 3. */
    private static Version versionOf(JsonNode ninjs) {
        JsonNode standard = ninjs.path("standard");
        if ("ninjs".equals(standard.path("name").asText()) && standard.path("version").isTextual()) {
            Version version = Version.of(standard.path("version").textValue());
            if (version == null) {
                throw new InvalidUpdateException("standard.version", "ninjs " + standard.path("version").textValue()
                        + " is not read here: send ninjs 2.x or 3.x");
            }
            return version;
        }
        boolean usesV2Names = ninjs.has(Version.V2.pubStatus) || ninjs.has(Version.V2.firstCreated) || ninjs.has(Version.V2.versionCreated);
        return usesV2Names ? Version.V2 : Version.V3;
    }

    /**
     * A property under the other version's name would be ignored, and a {@code pubstatus: canceled}
     * in a 3.x item would publish what the sender meant to withdraw: such an item is refused.
     */
    private static void rejectOtherVersionsNames(JsonNode ninjs, Version version) {
        Version other = version.other();
        for (String[] names : new String[][] {{other.pubStatus, version.pubStatus}, {other.firstCreated, version.firstCreated},
                {other.versionCreated, version.versionCreated}}) {
            if (ninjs.has(names[0])) {
                throw new InvalidUpdateException(names[0], "is ninjs " + (other == Version.V2 ? "2" : "3")
                        + "'s name; this ninjs " + (version == Version.V2 ? "2" : "3") + " item must say " + names[1]);
            }
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

    /**
     * The value of the entry with {@code role} (else the first), among those whose content type is
     * {@code contentType} or not given.
     */
    private static String firstValue(JsonNode items, String role, String contentType, Version version) {
        if (!items.isArray()) {
            return null;
        }
        String first = null;
        for (JsonNode item : items) {
            String value = item.path("value").isTextual() ? item.path("value").textValue() : null;
            String type = item.path(version.contentType).asText("");
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
