package io.liveline.deploy.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Future;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;

/**
 * A container on the host's network, as the suite runs everything: no bridge or port mapping is
 * needed (the engine has none), every service listens on its own loopback port. Its output goes
 * to target/container-logs/NAME.log, where a failed run is explained. Like a Kubernetes pod of
 * ours, it runs with a read-only root filesystem and a writable /tmp.
 */
final class HostNetworkContainer extends GenericContainer<HostNetworkContainer> {

    HostNetworkContainer(String name, Future<String> image, Path logs) {
        super(image);
        init(name, logs);
    }

    HostNetworkContainer(String name, String image, Path logs) {
        super(image);
        init(name, logs);
    }

    private void init(String name, Path logs) {
        Path log = logs.resolve(name + ".log");
        try {
            Files.createDirectories(logs);
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        withNetworkMode("host");
        withLogConsumer((OutputFrame frame) -> append(log, frame.getUtf8String()));
    }

    HostNetworkContainer readOnlyRoot() {
        return withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of("/tmp", "rw,size=64m")));
    }

    private static void append(Path log, String text) {
        try {
            Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
