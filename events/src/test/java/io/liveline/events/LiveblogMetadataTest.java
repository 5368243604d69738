package io.liveline.events;

import static io.liveline.events.LiveblogState.ENDED;
import static io.liveline.events.LiveblogState.LIVE;
import static io.liveline.events.LiveblogState.PAUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Opening and closing times follow the state changes, and the record travels intact. */
class LiveblogMetadataTest {

    private static final Instant T1 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant T4 = Instant.parse("2026-11-25T11:00:00Z");

    private static LiveblogMetadata change(LiveblogMetadata previous, LiveblogState state, Instant now) {
        return LiveblogMetadata.next(previous, "harbour-strike-live", "Harbour strike", null, state, now);
    }

    @Test
    void firstMoveToLiveOpensAndLaterOnesKeepThatTime() {
        LiveblogMetadata draft = change(null, PAUSED, T1);
        assertThat(draft.openedAt()).isNull();
        LiveblogMetadata live = change(draft, LIVE, T2);
        assertThat(live.openedAt()).isEqualTo(T2);
        LiveblogMetadata ended = change(live, ENDED, T3);
        LiveblogMetadata reopened = change(ended, LIVE, T4);
        assertThat(reopened.openedAt()).isEqualTo(T2);
    }

    @Test
    void endingClosesAndReopeningClearsTheClosingTime() {
        LiveblogMetadata ended = change(change(null, LIVE, T1), ENDED, T2);
        assertThat(ended.closedAt()).isEqualTo(T2);
        assertThat(ended.isEnded()).isTrue();
        assertThat(change(ended, ENDED, T3).closedAt()).as("ended again keeps its closing time").isEqualTo(T2);
        assertThat(change(ended, PAUSED, T3).closedAt()).isNull();
    }

    @Test
    void changedAtGrowsEvenWhenTheWritersClockIsBehind() {
        LiveblogMetadata first = change(null, LIVE, T2);
        LiveblogMetadata second = change(first, PAUSED, T1);
        assertThat(second.changedAt()).isAfter(first.changedAt());
    }

    @Test
    void roundTripsWithLowerCaseStates() {
        LiveblogMetadata original = change(change(null, LIVE, T1), ENDED, T2);
        byte[] bytes = new EventSerializer<LiveblogMetadata>().serialize(Topics.LIVEBLOGS, original);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"state\":\"ended\"");
        assertThat(new EventDeserializer.ForLiveblogMetadata().deserialize(Topics.LIVEBLOGS, bytes)).isEqualTo(original);
    }

    @Test
    void recordsBreakingTheInvariantsAreRefused() {
        String endedWithoutClose = "{\"liveblogId\":\"a\",\"title\":\"A\",\"state\":\"ended\",\"changedAt\":\"2026-11-25T08:00:00Z\"}";
        assertThatThrownBy(() -> new EventDeserializer.ForLiveblogMetadata()
                .deserialize(Topics.LIVEBLOGS, endedWithoutClose.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("closedAt");
        String unknownState = "{\"liveblogId\":\"a\",\"title\":\"A\",\"state\":\"over\",\"changedAt\":\"2026-11-25T08:00:00Z\"}";
        assertThatThrownBy(() -> new EventDeserializer.ForLiveblogMetadata()
                .deserialize(Topics.LIVEBLOGS, unknownState.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> LiveblogMetadata.next(null, "a", " ", null, LIVE, T1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }
}
