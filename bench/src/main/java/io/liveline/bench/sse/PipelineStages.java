package io.liveline.bench.sse;

import io.liveline.devstack.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.HdrHistogram.Histogram;

/**
 * Where an update's time goes before feed-service has it: from the moment its POST was due to
 * ingest-service's {@code receivedAt}, and from there to enrich-service's {@code enrichedAt}, both
 * read back from the stored rows. The rest of the end-to-end time is Kafka's transaction commit,
 * the feed's read and write, and the SSE write.
 */
final class PipelineStages {

    /** Wall-clock nanoseconds minus {@link System#nanoTime()} in this JVM, to place due times beside the services' clocks. */
    private final long wallOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    private final Histogram toReceived = new Histogram(3);
    private final Histogram toEnriched = new Histogram(3);

    /** Reads the stored updates of {@code liveblogId} whose headline is {@code t=<due nanoTime>} and due at or after {@code fromNanos}. */
    void read(Postgres postgres, String liveblogId, long fromNanos) throws SQLException {
        String sql = "SELECT headline, (extract(epoch FROM received_at) * 1e6)::bigint, (extract(epoch FROM enriched_at) * 1e6)::bigint"
                + " FROM live_update WHERE liveblog_id = ?";
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, liveblogId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long due = Long.parseLong(rows.getString(1).substring(2));
                    if (due >= fromNanos) {
                        long dueMicros = (due + wallOffsetNanos) / 1000;
                        long received = rows.getLong(2);
                        toReceived.recordValue(Math.max(0, received - dueMicros));
                        toEnriched.recordValue(Math.max(0, rows.getLong(3) - received));
                    }
                }
            }
        }
    }

    /** Two table rows: p50, p99 and max of each stage, in milliseconds. */
    String rows() {
        return row("due → ingest's receivedAt", toReceived) + row("receivedAt → enrich's enrichedAt", toEnriched);
    }

    private static String row(String stage, Histogram histogram) {
        return String.format("| %s | %d | %.1f | %.1f | %.1f |%n", stage, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }
}
