package io.liveline.feed.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Only what may pass is retried; the rest goes to the dead-letter topic at once. */
class StoreFailuresTest {

    @Test
    void lostConnectionsTimeoutsAndConflictsMayPass() {
        assertThat(StoreFailures.isTransient(new ConnectException("refused"))).isTrue();
        assertThat(StoreFailures.isTransient(ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(StoreFailures.isTransient(new NoStackTraceTimeoutException("no connection in time"))).isTrue();
        assertThat(StoreFailures.isTransient(new RuntimeException(pg("40001")))).isTrue();
        for (String state : new String[] {"40P01", "08006", "57P01", "57014", "55P03", "53300"}) {
            assertThat(StoreFailures.isTransient(pg(state))).as(state).isTrue();
        }
    }

    @Test
    void badDataAndBugsDoNot() {
        for (String state : new String[] {"22P05", "22021", "23505", "42703", "57P04"}) {
            assertThat(StoreFailures.isTransient(pg(state))).as(state).isFalse();
        }
        assertThat(StoreFailures.isTransient(new IllegalArgumentException("not a valid EnrichedUpdate"))).isFalse();
        assertThat(StoreFailures.isTransient(new NullPointerException())).isFalse();
    }

    private static PgException pg(String sqlState) {
        return new PgException("failed", "ERROR", sqlState, null);
    }
}
