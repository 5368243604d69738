package io.liveline.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveline.events.Author;
import io.liveline.events.Identifiers;
import io.liveline.events.Problem.FieldError;
import io.liveline.events.UpdateKind;
import io.liveline.ingest.InvalidUpdateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a create or edit request into an {@link UpdateRequest}, naming every field
 * at fault. Unknown fields are ignored, so newsroom systems can send richer payloads than we use.
 */
@ApplicationScoped
public class UpdateRequestReader {

    static final int MAX_HEADLINE = 300;
    static final int MAX_BODY = 200_000;
    static final int MAX_AUTHORS = 20;
    static final int MAX_AUTHOR_FIELD = 200;

    /**
     * The dates an update may carry: what PostgreSQL's timestamptz, JSON Schema's date-time (four
     * digit years) and every client's date library agree on, with room for archive backfills.
     */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    // Real update JSON is a few levels deep; a deeply nested body is an attack, not a post.
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
            .build());

    private final HtmlSanitiser sanitiser;

    public UpdateRequestReader(HtmlSanitiser sanitiser) {
        this.sanitiser = sanitiser;
    }

    public UpdateRequest read(byte[] content) {
        return read(parse(content));
    }

    /** Validates an already parsed request object (the batch and ninjs readers parse first). */
    public UpdateRequest read(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();

        String id = optionalText(root, "id", errors);
        if (id != null && !Identifiers.isUpdateId(id)) {
            errors.add(new FieldError("id", "must be 1-128 URL-safe characters (letters, digits, '.', '_', '~', '-')"));
        }
        String headline = optionalText(root, "headline", errors);
        checkPrintable("headline", headline, MAX_HEADLINE, errors);
        String body = optionalText(root, "body", errors);
        HtmlSanitiser.SanitisedHtml cleanBody = null;
        if (body == null && !errors.stream().anyMatch(e -> e.field().equals("body"))) {
            errors.add(new FieldError("body", "is required: the HTML fragment of the post"));
        } else if (body != null) {
            checkPrintable("body", body, MAX_BODY, errors);
            cleanBody = sanitiser.sanitise(body);
            if (cleanBody.isEmpty()) {
                errors.add(new FieldError("body", "has no content once unsafe markup is removed"));
            }
        }
        UpdateKind kind = kind(root, errors);
        boolean pinned = optionalBoolean(root, "pinned", errors);
        List<Author> authors = authors(root.get("author"), errors);
        Instant publishedAt = instant(root, "publishedAt", errors);

        if (!errors.isEmpty()) {
            throw new InvalidUpdateException(errors);
        }
        String text = headline == null ? cleanBody.text() : headline.strip() + "\n" + cleanBody.text();
        return new UpdateRequest(id, headline == null ? null : headline.strip(), cleanBody.html(), text, kind, pinned,
                authors, publishedAt);
    }

    /** Parses a request body with the same limits as a single update. */
    public static JsonNode parse(byte[] content) {
        return parse(content, 0, content == null ? 0 : content.length);
    }

    /** Parses {@code content[offset, offset + length)}, as {@link #parse(byte[])} does a whole body. */
    public static JsonNode parse(byte[] content, int offset, int length) {
        if (length == 0) {
            throw new InvalidUpdateException("", "the request body is empty: send a JSON object");
        }
        try {
            JsonNode root = JSON.readTree(content, offset, length);
            if (root == null || !root.isObject()) {
                throw new InvalidUpdateException("", "the request body must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidUpdateException("", "the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidUpdateException("", "the request body is not valid UTF-8 JSON");
        }
    }

    static String optionalText(JsonNode root, String field, List<FieldError> errors) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    /** Length, control characters and lone surrogates: what every stored string field is checked for. */
    static void checkPrintable(String field, String value, int maxLength, List<FieldError> errors) {
        checkPrintable(field, value, maxLength, field.equals("body"), errors);
    }

    /** As above; a multi-line field may also hold line breaks and tabs. */
    static void checkPrintable(String field, String value, int maxLength, boolean multiline, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        if (hasControlCharacter(value, multiline)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        if (hasLoneSurrogate(value)) {
            errors.add(new FieldError(field, "must be valid Unicode: a lone UTF-16 surrogate (a \\ud800-\\udfff escape) cannot be stored"));
        }
    }

    /** A loop rather than a stream: it reads every character of every body on the request path. */
    private static boolean hasControlCharacter(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a JSON escape left half of a surrogate pair: UTF-8 cannot encode it, so the broker
     * and the database would get a replacement character or an error instead of what was sent.
     */
    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static UpdateKind kind(JsonNode root, List<FieldError> errors) {
        String value = optionalText(root, "kind", errors);
        if (value == null) {
            return UpdateKind.POST;
        }
        return UpdateKind.fromWireName(value).orElseGet(() -> {
            errors.add(new FieldError("kind", "must be one of post, key-event, breaking"));
            return null;
        });
    }

    private static boolean optionalBoolean(JsonNode root, String field, List<FieldError> errors) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false"));
            return false;
        }
        return node.booleanValue();
    }

    /** {@code author} is a name, an object {@code {name, role}}, or a list of either. */
    private static List<Author> authors(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        if (items.size() > MAX_AUTHORS) {
            errors.add(new FieldError("author", "must list at most " + MAX_AUTHORS + " authors"));
            return List.of();
        }
        List<Author> authors = new ArrayList<>();
        for (JsonNode item : items) {
            String name = item.isTextual() ? item.textValue() : item.path("name").textValue();
            JsonNode role = item.path("role");
            if (name == null || name.isBlank() || (!role.isMissingNode() && !role.isTextual())) {
                errors.add(new FieldError("author", "must be a name, {\"name\", \"role\"?}, or a list of them"));
                return List.of();
            }
            int before = errors.size();
            checkPrintable("author", name, MAX_AUTHOR_FIELD, errors);
            checkPrintable("author", role.textValue(), MAX_AUTHOR_FIELD, errors);
            if (errors.size() > before) {
                return List.of();
            }
            authors.add(new Author(name.strip(), role.isTextual() ? role.textValue().strip() : null));
        }
        return authors;
    }

    private static Instant instant(JsonNode root, String field, List<FieldError> errors) {
        String value = optionalText(root, field, errors);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-25T09:30:00Z"));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            errors.add(new FieldError(field, "must be between " + EARLIEST + " and " + LATEST + " (UTC)"));
            return null;
        }
        return instant;
    }
}
