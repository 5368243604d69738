package io.liveline.bench;

import io.liveline.devstack.Postgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;

/** CPU time and resident memory of a process and all it started, as the kernel counts them. */
public final class ProcessMeter {

    private ProcessMeter() {
    }

    /** CPU time used so far by {@code root} and its live descendants, in nanoseconds. */
    public static long cpuNanos(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** Resident memory of {@code root} and its live descendants, in bytes. */
    public static long residentBytes(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(ProcessMeter::vmRss).sum();
    }

    /**
     * The PostgreSQL server's main process, found as the parent of a backend: its descendants are
     * every backend and background worker, so their CPU adds up to the database's work.
     */
    public static ProcessHandle postmaster(Postgres postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return ProcessHandle.of(pid.getLong(1)).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL's processes are not visible from here"));
        }
    }

    private static long vmRss(ProcessHandle process) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + process.pid() + "/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
        } catch (IOException e) {
            return 0; // the process ended in the meantime
        }
    }
}
