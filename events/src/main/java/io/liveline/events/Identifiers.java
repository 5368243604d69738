package io.liveline.events;

import java.util.regex.Pattern;

/**
 * The shapes of live blog ids and update ids. Both appear in URLs and Kafka keys, so they are
 * restricted to URL-safe characters; the JSON Schemas state the same patterns.
 */
public final class Identifiers {

    /** Lower-case slug such as {@code ukraine-war-live}: stable in URLs and topic keys. */
    public static final Pattern LIVEBLOG_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
    /** Unreserved URI characters only, so an id never needs escaping in a path. */
    public static final Pattern UPDATE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

    private Identifiers() {
    }

    public static boolean isLiveblogId(String value) {
        return value != null && LIVEBLOG_ID.matcher(value).matches();
    }

    public static boolean isUpdateId(String value) {
        return value != null && UPDATE_ID.matcher(value).matches();
    }
}
