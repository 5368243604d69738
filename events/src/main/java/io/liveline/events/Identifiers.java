package io.liveline.events;

/**
 * The shapes of live blog ids and update ids. Both appear in URLs and Kafka keys, so they are
 * restricted to URL-safe characters; the JSON Schemas state the same patterns. Checked by loops
 * rather than regular expressions: ingest checks both on every request, and the matcher was a
 * measurable share of its CPU.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * Lower-case slug such as {@code ukraine-war-live}, stable in URLs and topic keys:
     * {@code [a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?}.
     */
    public static boolean isLiveblogId(String value) {
        if (value == null || value.isEmpty() || value.length() > 80
                || value.charAt(0) == '-' || value.charAt(value.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unreserved URI characters only, so an id never needs escaping in a path:
     * {@code [A-Za-z0-9][A-Za-z0-9._~-]{0,127}}.
     */
    public static boolean isUpdateId(String value) {
        if (value == null || value.isEmpty() || value.length() > 128 || !isAlphanumeric(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(isAlphanumeric(c) || c == '.' || c == '_' || c == '~' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks what names one version of one update on the wire: its live blog, its id and a positive
     * version.
     *
     * @throws IllegalArgumentException naming the part at fault
     */
    static void checkVersionOf(String liveblogId, String id, long version) {
        if (!isLiveblogId(liveblogId)) {
            throw new IllegalArgumentException("liveblogId is not a valid live blog id: " + liveblogId);
        }
        if (!isUpdateId(id)) {
            throw new IllegalArgumentException("id is not a valid update id: " + id);
        }
        if (version <= 0) {
            throw new IllegalArgumentException("version must be positive");
        }
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
