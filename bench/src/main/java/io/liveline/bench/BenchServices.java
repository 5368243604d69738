package io.liveline.bench;

import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts a packaged service for a benchmark: against the bench's broker, logging warnings only. */
public final class BenchServices {

    /** deploy/local/run's JVM settings for each service: the shipped configuration benches measure. */
    public static final List<String> LOCAL_RUN_JVM = List.of("-XX:+UseSerialGC", "-Xss512k", "-Xms512m", "-Xmx512m");

    private BenchServices() {
    }

    /** Starts {@code name} from {@code root/name}'s packaged jar and adds it to {@code services}. */
    public static ServiceProcess start(List<ServiceProcess> services, Path root, String name, List<String> jvm,
            KafkaBroker kafka, Map<String, String> settings) throws Exception {
        Map<String, String> all = new HashMap<>(settings);
        all.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        all.put("quarkus.log.level", "WARN");
        ServiceProcess service = ServiceProcess.start(name, ServiceProcess.packagedJar(root.resolve(name)), jvm, all,
                Files.createTempFile("bench-" + name, ".log"));
        services.add(service);
        return service;
    }
}
