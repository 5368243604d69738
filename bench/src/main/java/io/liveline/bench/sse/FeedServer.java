package io.liveline.bench.sse;

import io.liveline.bench.ProcessMeter;
import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.Postgres;
import io.liveline.devstack.ServiceProcess;
import io.liveline.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The packaged feed-service as its own JVM on the devstack broker and database, as operators run it. */
final class FeedServer implements ServerUnderTest {

    private static final String BLOG = "bench-live";

    private final KafkaBroker kafka;
    private final Postgres postgres;
    private final ServiceProcess feed;

    FeedServer(Path root, String heap) throws Exception {
        Path jar = ServiceProcess.packagedJar(root.resolve("feed-service"));
        kafka = KafkaBroker.start();
        kafka.createTopics(List.of(Topics.ENRICHED, Topics.DLQ));
        postgres = Postgres.start();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Xms" + heap));
        String extra = System.getProperty("bench.feed.jvm", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        Map<String, String> settings = new HashMap<>(postgres.quarkusSettings());
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        feed = ServiceProcess.start("feed-service", jar, jvm, settings, Files.createTempFile("bench-feed-service", ".log"));
        feed.awaitReady(Duration.ofSeconds(120));
    }

    @Override
    public String name() {
        return "feed-service";
    }

    @Override
    public String subscribeUrl() {
        return feed.url() + "/v1/liveblogs/" + BLOG + "/events";
    }

    @Override
    public EventPublisher publisher() {
        return new FeedPublisher(kafka.bootstrapServers(), BLOG);
    }

    @Override
    public long residentBytes() {
        return ProcessMeter.residentBytes(feed.handle());
    }

    @Override
    public long cpuNanos() {
        return ProcessMeter.cpuNanos(feed.handle());
    }

    @Override
    public void close() throws Exception {
        feed.close();
        kafka.close();
        postgres.close();
    }
}
