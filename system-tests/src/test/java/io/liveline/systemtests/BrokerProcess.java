package io.liveline.systemtests;

import io.liveline.devstack.BrokerMain;
import io.liveline.devstack.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A Kafka broker as a process of its own ({@link BrokerMain}), on ports and a log directory that
 * survive it: it can be killed and started again as the same broker, or frozen and thawed.
 */
final class BrokerProcess implements AutoCloseable {

    private final int port = ServiceProcess.freePort();
    private final int controllerPort = ServiceProcess.freePort();
    private final Path dataDir = Files.createTempDirectory("liveline-chaos-broker");
    private final Path log = PackagedServices.log("broker-chaos.log");
    private Process process;

    BrokerProcess() throws IOException {
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again) and waits until its topics exist. */
    void start() throws IOException {
        long logged = Files.exists(log) ? Files.size(log) : 0;
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), BrokerMain.class.getName(),
                "--kafka-port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort),
                "--data-dir", dataDir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
            }
            return Files.readString(log).substring((int) logged).contains("broker ready");
        });
    }

    /** SIGKILL, as a node that loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGSTOP: the broker holds its sockets open and answers nothing, as a node in a long GC pause or swapped out. */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            thaw();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
