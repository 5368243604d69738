package io.liveline.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program outside the JDK that some tests drive, with the command that shows it is there and
 * what to install where it is not. {@code ./mvnw verify} needs none of them: their tests are skipped
 * without, unless {@code -Dliveline.require-tools=true} (as in {@code .ci/run}) makes them mandatory.
 */
public enum Tool {
    KUBECTL("kubectl", "install kubectl (Debian: apt-get install kubernetes-client, or .ci/kubectl.sh)",
            List.of("kubectl", "version", "--client")),
    CHROMIUM("chromium", "apt-get install chromium chromium-driver", List.of("chromium", "--version")),
    CHROMEDRIVER("chromedriver", "apt-get install chromium chromium-driver", List.of("chromedriver", "--version")),
    // The CLI alone is not enough: Testcontainers needs an engine that answers, which 'docker version' asks.
    DOCKER("a Docker engine", "install docker.io and start dockerd, or point DOCKER_HOST at an engine (.ci/container-engine.sh)",
            List.of("docker", "version"));

    private final String description;
    private final String install;
    private final List<String> probe;
    private volatile Boolean present;

    Tool(String description, String install, List<String> probe) {
        this.description = description;
        this.install = install;
        this.probe = probe;
    }

    /** What the tool is, as a sentence names it. */
    public String description() {
        return description;
    }

    /** How to get it. */
    public String install() {
        return install;
    }

    /** Whether its probe command runs and exits 0 within 30 seconds; asked once per JVM. */
    public boolean present() {
        Boolean known = present;
        if (known == null) {
            known = probe();
            present = known;
        }
        return known;
    }

    /** The program found on {@code PATH}, the one the probe ran. */
    public Path executable() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, probe.get(0)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(probe.get(0) + " is not on PATH: " + install));
    }

    private boolean probe() {
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
