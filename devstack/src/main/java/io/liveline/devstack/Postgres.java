package io.liveline.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 15 server for tests and the local run: either an embedded one started from
 * the binaries on the classpath, or an existing server named by {@code LIVELINE_DB_URL}
 * (with {@code LIVELINE_DB_USER} and {@code LIVELINE_DB_PASSWORD}).
 */
public final class Postgres implements AutoCloseable {

    public static final String DATABASE = "liveline";

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String host, int port, String database, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** An existing server when the environment names one, otherwise an embedded one on a free port. */
    public static Postgres start() {
        String url = System.getenv("LIVELINE_DB_URL");
        if (url != null && !url.isBlank()) {
            return existing(url, System.getenv().getOrDefault("LIVELINE_DB_USER", "postgres"),
                    System.getenv().getOrDefault("LIVELINE_DB_PASSWORD", ""));
        }
        return embedded(0, null);
    }

    /**
     * Starts an embedded server.
     *
     * @param port    0 for any free port
     * @param dataDir where to keep data across runs; null for a fresh temporary folder
     */
    public static Postgres embedded(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            Postgres postgres = new Postgres(server, "127.0.0.1", server.getPort(), DATABASE, "postgres", "");
            postgres.createDatabase(server);
            return postgres;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    private static Postgres existing(String jdbcUrl, String user, String password) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? DATABASE : uri.getPath().substring(1);
        return new Postgres(null, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, database, user, password);
    }

    private void createDatabase(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL form the Vert.x reactive client takes. */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The settings that point a Quarkus service at this database: reactive client and JDBC (migrations). */
    public Map<String, String> quarkusSettings() {
        return Map.of(
                "quarkus.datasource.reactive.url", reactiveUrl(),
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
