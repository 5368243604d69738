package io.liveline.bench.sse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** A server the load client follows: where to subscribe, how to publish, and how much memory it holds. */
interface ServerUnderTest extends AutoCloseable {

    String name();

    String subscribeUrl();

    EventPublisher publisher();

    /** Resident memory of the server's processes, in bytes. */
    long residentBytes();

    /** CPU time used so far by the server's processes (for feed-service, not the broker or database), in nanoseconds. */
    long cpuNanos();

    static long cpuNanos(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    static long residentBytes(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(ServerUnderTest::vmRss).sum();
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
