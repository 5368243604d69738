package io.liveline.systemtests;

import io.liveline.devstack.ServiceProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts the reactor's packaged services, each logging to {@code target/service-logs/<name>.log}. */
final class PackagedServices {

    private PackagedServices() {
    }

    static ServiceProcess start(String name, Map<String, String> settings) throws IOException {
        return start(name, name + ".log", settings);
    }

    /** Starts a service logging to a file of its own, for a test that reads the log. */
    static ServiceProcess start(String name, String logFile, Map<String, String> settings) throws IOException {
        Path root = Path.of(System.getProperty("liveline.root", ".."));
        return ServiceProcess.start(name, ServiceProcess.packagedJar(root.resolve(name)),
                List.of("-XX:+UseSerialGC", "-Xmx256m"), settings, log(logFile));
    }

    static Path log(String logFile) {
        return Path.of(System.getProperty("liveline.logs", "target/service-logs")).resolve(logFile);
    }
}
