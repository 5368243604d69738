package io.liveline.bench.reader;

import io.liveline.devstack.Postgres;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk-loads the corpus straight into the schema feed-service's migrations made, whatever version
 * of it: COPY with the secondary indexes dropped and then rebuilt as they were, the feed cursor
 * moved past the loaded ids, and the live blog counts filled where the schema keeps them.
 */
final class SchemaLoad {

    private SchemaLoad() {
    }

    /** Returns the highest event id loaded. */
    static long load(Postgres db, NewsroomCorpus corpus) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'live_update'"
                    + " AND indexname NOT LIKE '%pkey'")) {
                while (rows.next()) {
                    indexes.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] index : indexes) {
                statement.execute("DROP INDEX " + index[0]);
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY live_update (" + NewsroomCorpus.COLUMNS + ") FROM STDIN (FORMAT csv)");
            try (Writer out = new CopyWriter(copy)) {
                corpus.write(out);
            }
            copy.endCopy();
            for (String[] index : indexes) {
                statement.execute(index[1]);
            }
            statement.execute("UPDATE feed_cursor SET seq = (SELECT COALESCE(MAX(seq), 0) FROM live_update)");
            try (ResultSet rows = statement.executeQuery("SELECT to_regclass('liveblog_activity') IS NOT NULL")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    // The same figures as the migration's backfill.
                    statement.execute("""
                            INSERT INTO liveblog_activity (liveblog_id, updates, last_activity)
                            SELECT liveblog_id, COUNT(*) FILTER (WHERE NOT retracted), MAX(GREATEST(received_at, published_at))
                            FROM live_update WHERE seq IS NOT NULL GROUP BY liveblog_id""");
                }
            }
            statement.execute("VACUUM ANALYZE");
            try (ResultSet rows = statement.executeQuery("SELECT seq FROM feed_cursor")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Text into a COPY, in chunks of about a megabyte. */
    private static final class CopyWriter extends Writer {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        CopyWriter(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            buffer.append(chars, offset, length);
            if (buffer.length() >= 1 << 20) {
                flush();
            }
        }

        @Override
        public void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
