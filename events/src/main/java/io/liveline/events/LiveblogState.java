package io.liveline.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Where a live blog stands: covering now, on a break, or over (an ended blog takes no new updates). */
public enum LiveblogState {
    LIVE,
    PAUSED,
    ENDED;

    /** The name editors send and apps read: {@code live}, {@code paused}, {@code ended}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state a wire name stands for, exactly as written (the API is case-sensitive). */
    public static Optional<LiveblogState> fromWireName(String name) {
        for (LiveblogState state : values()) {
            if (state.wireName().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static LiveblogState read(String name) {
        return fromWireName(name).orElseThrow(() -> new IllegalArgumentException("not a live blog state: " + name));
    }
}
