package io.liveline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who put a tag on an update when it was not the tagger. Tags the tagger found carry no source, so
 * the tag JSON of every update written before corrections existed stays as it was.
 */
public enum TagSource {
    /** An editor added the tag with a correction ({@code PATCH .../tags}); it stays across edits. */
    EDITOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named {@code wireName}; null for a name this version does not know. */
    @JsonCreator
    public static TagSource fromWire(String wireName) {
        for (TagSource s : values()) {
            if (s.wireName().equals(wireName)) {
                return s;
            }
        }
        return null;
    }
}
