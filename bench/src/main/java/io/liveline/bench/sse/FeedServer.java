package io.liveline.bench.sse;

import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.Postgres;
import io.liveline.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged feed-service as its own JVM on the devstack broker and database, as operators run it. */
final class FeedServer implements ServerUnderTest {

    private static final String BLOG = "bench-live";

    private final KafkaBroker kafka;
    private final Postgres postgres;
    private final Process feed;
    private final int port;

    FeedServer(Path root, String heap) throws Exception {
        Path jar = root.resolve("feed-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -B -q -DskipTests package -pl feed-service,bench -am");
        }
        kafka = KafkaBroker.start();
        kafka.createTopics(List.of(Topics.ENRICHED, Topics.DLQ));
        postgres = Postgres.start();
        port = ServerUnderTest.freePort();
        Path log = Files.createTempFile("bench-feed-service", ".log");
        feed = new ProcessBuilder(List.of("java", "-Xmx" + heap, "-Xms" + heap, "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.username=" + postgres.user(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-jar", jar.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SseFanoutBench.awaitPort(port);
    }

    @Override
    public String name() {
        return "feed-service";
    }

    @Override
    public String subscribeUrl() {
        return "http://127.0.0.1:" + port + "/v1/liveblogs/" + BLOG + "/events";
    }

    @Override
    public EventPublisher publisher() {
        return new FeedPublisher(kafka.bootstrapServers(), BLOG);
    }

    @Override
    public long residentBytes() {
        return ServerUnderTest.residentBytes(feed.toHandle());
    }

    @Override
    public void close() throws Exception {
        feed.destroy();
        feed.waitFor(30, TimeUnit.SECONDS);
        kafka.close();
        postgres.close();
    }
}
