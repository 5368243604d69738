package io.liveline.feed.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.EnrichedUpdate;
import io.liveline.events.LiveUpdate;
import io.liveline.events.TagSet;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch leaves of each update what applying its records one by one would leave. */
class OneWritePerUpdateTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theHighestVersionStaysAtThePlaceOfTheUpdatesLastRecord() {
        EnrichedUpdate a1 = publish("a", 1);
        EnrichedUpdate b1 = publish("b", 1);
        EnrichedUpdate a3 = publish("a", 3);
        EnrichedUpdate a2 = publish("a", 2);
        assertThat(ChangeLog.oneWritePerUpdate(List.of(a1, b1, a3, a2))).containsExactly(b1, a3);
    }

    @Test
    void aRetractionWinsOverAnyPublishOfItsUpdateInTheSameBatch() {
        EnrichedUpdate retracted = retract("a", 2);
        EnrichedUpdate staleRetry = publish("a", 3);
        assertThat(ChangeLog.oneWritePerUpdate(List.of(publish("a", 1), retracted, staleRetry))).containsExactly(retracted);
    }

    @Test
    void aBatchWithOneRecordPerUpdateIsLeftAsItIs() {
        List<EnrichedUpdate> batch = List.of(publish("a", 1), publish("b", 1));
        assertThat(ChangeLog.oneWritePerUpdate(batch)).isSameAs(batch);
    }

    private static EnrichedUpdate publish(String id, long version) {
        return new EnrichedUpdate(new LiveUpdate("blog", id, version, UpdateAction.PUBLISH, UpdateKind.POST, null, "<p>x</p>", "x",
                false, List.of(), AT, AT), TagSet.EMPTY, AT);
    }

    private static EnrichedUpdate retract(String id, long version) {
        return new EnrichedUpdate(LiveUpdate.retraction("blog", id, version, AT), TagSet.EMPTY, AT);
    }
}
