package io.liveline.feed.rest;

import io.liveline.events.Identifiers;
import io.liveline.feed.query.PageCursor;
import io.liveline.feed.query.TagFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks and converts the read API's query parameters; anything off is a 400 naming the parameter. */
final class QueryParameters {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern TOPIC = Pattern.compile("medtop:\\d{8}");
    private static final Pattern LIVEBLOG_ID_CHARACTERS = Pattern.compile("[a-z0-9-]+");
    private static final int MAX_NAME = 200;

    private QueryParameters() {
    }

    static void onlyKnown(Collection<String> given, Set<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw new InvalidQueryException(name, "is not a parameter of this endpoint: use " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** The value of a parameter, "" when it is given with no value ({@code ?q}), which JAX-RS would pass as null. */
    static String present(UriInfo uri, String name, String value) {
        return value == null && uri.getQueryParameters().containsKey(name) ? "" : value;
    }

    static String liveblogId(String value) {
        if (!Identifiers.isLiveblogId(value)) {
            throw new InvalidQueryException("liveblogId", "must be a lower-case slug of letters, digits and '-'");
        }
        return value;
    }

    static String updateId(String value) {
        if (!Identifiers.isUpdateId(value)) {
            throw new InvalidQueryException("id", "must be 1-128 URL-safe characters");
        }
        return value;
    }

    static int limit(String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw new InvalidQueryException("limit", "must be a whole number from 1 to " + max);
    }

    /** The cursor of {@code before}, which must come from a page of the same query (see {@link PageCursor#shapeOf}). */
    static PageCursor cursor(String value, String shape) {
        if (value == null) {
            return null;
        }
        try {
            return PageCursor.decode(value, shape);
        } catch (PageCursor.OtherQueryException e) {
            throw new InvalidQueryException("before", "is the cursor of another query: follow 'next' with the same parameters");
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("before", "is not a cursor from this API: use 'next' of a previous page");
        }
    }

    /** An id prefix for the list of live blogs: the characters of a live blog id. */
    static String prefix(String value) {
        if (value != null && (value.isEmpty() || value.length() > 80 || !LIVEBLOG_ID_CHARACTERS.matcher(value).matches())) {
            throw new InvalidQueryException("prefix", "must be 1 to 80 of a live blog id's characters: a-z, 0-9 and '-'");
        }
        return value;
    }

    static Long lastEventId(String header, String query) {
        String value = header != null ? header : query;
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new InvalidQueryException(header != null ? "Last-Event-ID" : "lastEventId", "must be an event id this stream sent");
    }

    static TagFilter filter(String person, String country, String organisation, String topic, String minScore) {
        return new TagFilter(name("person", person),
                matching("country", country == null ? null : country.toUpperCase(Locale.ROOT), COUNTRY, "an ISO 3166-1 alpha-2 code such as UA"),
                name("organisation", organisation),
                matching("topic", topic, TOPIC, "an IPTC Media Topic code such as medtop:16000000"),
                minScore(minScore, topic));
    }

    private static Double minScore(String value, String topic) {
        if (value == null) {
            return null;
        }
        if (topic == null) {
            throw new InvalidQueryException("minScore", "applies to a topic: give topic=medtop:... too");
        }
        try {
            double score = Double.parseDouble(value);
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw new InvalidQueryException("minScore", "must be a number from 0 to 1, such as 0.6");
    }

    private static String name(String parameter, String value) {
        if (value != null && (value.isBlank() || value.length() > MAX_NAME)) {
            throw new InvalidQueryException(parameter, "must be a name of 1 to " + MAX_NAME + " characters");
        }
        return value;
    }

    private static String matching(String parameter, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidQueryException(parameter, "must be " + expected);
        }
        return value;
    }
}
