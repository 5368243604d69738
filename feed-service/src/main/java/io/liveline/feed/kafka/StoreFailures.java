package io.liveline.feed.kafka;

import io.liveline.feed.config.FeedConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sorts a failed write into transient (the same write may succeed later: retry it) and
 * everything else (retrying cannot help: the record goes to the dead-letter topic at once).
 */
final class StoreFailures {

    private static final Logger LOG = Logger.getLogger(StoreFailures.class);

    private StoreFailures() {
    }

    /** The write, retried with backoff for as long as it fails for a reason that may pass. */
    static <T> Uni<T> retryWhileTransient(Uni<T> write, FeedConfig config) {
        return write
                .onFailure(StoreFailures::isTransient).invoke(failure ->
                        LOG.warnf("Storing failed for a reason that may pass (%s); retrying", failure.toString()))
                .onFailure(StoreFailures::isTransient).retry()
                .withBackOff(config.writeRetryMin(), config.writeRetryMax()).indefinitely();
    }

    /**
     * Connection failures, timeouts, and what PostgreSQL itself says may pass: serialization
     * failures and deadlocks (class 40), lost or refused connections (08, 57P01-57P03), lack of
     * resources (53), a lock or statement timeout (55P03, 57014).
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                return isTransient(pg.getSqlState());
            }
            if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof ClosedConnectionException) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransient(String sqlState) {
        if (sqlState == null || sqlState.length() != 5) {
            return false;
        }
        String sqlClass = sqlState.substring(0, 2);
        return switch (sqlClass) {
            case "08", "40", "53" -> true;
            case "55" -> sqlState.equals("55P03");
            case "57" -> Set.of("57014", "57P01", "57P02", "57P03").contains(sqlState);
            default -> false;
        };
    }
}
