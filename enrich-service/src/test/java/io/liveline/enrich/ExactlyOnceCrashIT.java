package io.liveline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.ServiceProcess;
import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventDeserializer;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveUpdate;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import io.liveline.events.UpdateAction;
import io.liveline.events.UpdateKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The packaged service killed with SIGKILL in the middle of a stream and started again: a
 * read-committed reader of the enriched topic sees every raw update exactly once, in order per
 * live blog.
 */
class ExactlyOnceCrashIT {

    private static final int UPDATES = 4000;
    private static final int BLOGS = 8;
    private static final EventDeserializer.ForEnrichedUpdate ENRICHED = new EventDeserializer.ForEnrichedUpdate();

    /** The packaged enrich-service as its own JVM, logging to {@code target/<logName>.log}. */
    private static ServiceProcess start(Map<String, String> settings, String logName) throws java.io.IOException {
        return ServiceProcess.start("enrich-service", ServiceProcess.packagedJar(java.nio.file.Path.of(".")),
                List.of("-XX:+UseSerialGC", "-Xmx256m"), settings, java.nio.file.Path.of("target", logName + ".log"));
    }

    @Test
    void aKilledServiceNeitherLosesNorDuplicatesAnEnrichedUpdate() throws Exception {
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        sendRawUpdates(run);
        Map<String, String> settings = Map.of(
                "kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                // Small polls make many small transactions, so the kill lands in the middle of the stream.
                "mp.messaging.incoming.updates-raw.max.poll.records", "10",
                // The restarted consumer gets the partitions once the killed one's session expires.
                "mp.messaging.incoming.updates-raw.session.timeout.ms", "6000");

        try (ServiceProcess first = start(settings, "enrich-crash-first");
                var progress = committedReader()) {
            await().atMost(Duration.ofMinutes(2)).until(first::ready);
            List<String> seen = new ArrayList<>();
            await().atMost(Duration.ofMinutes(2)).pollInSameThread().until(() -> {
                progress.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.key()));
                return seen.stream().filter(key -> key.startsWith(run)).count() >= UPDATES / 4;
            });
            first.kill();
            long beforeKill = seen.stream().filter(key -> key.startsWith(run)).count();
            assertThat(beforeKill).as("the kill must come mid-stream").isLessThan(UPDATES);
            System.out.printf("SIGKILL with %d of %d updates enriched and committed%n", beforeKill, UPDATES);
        }

        try (ServiceProcess second = start(settings, "enrich-crash-second")) {
            await().atMost(Duration.ofMinutes(2)).until(second::ready);
            // Offsets and enriched records are committed together: when all raw offsets are
            // committed, the enriched topic holds everything that will ever be written for them.
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(io.liveline.enrich.Topics.committedByEnrich())
                            .isEqualTo(io.liveline.enrich.Topics.endOffsets(Topics.RAW)));
        }

        Map<String, List<Integer>> enrichedPerBlog = io.liveline.enrich.Topics.readAllCommitted(Topics.ENRICHED).stream()
                .filter(r -> r.key().startsWith(run))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(ExactlyOnceCrashIT::number, Collectors.toList())));
        assertThat(enrichedPerBlog).hasSize(BLOGS);
        enrichedPerBlog.forEach((blog, numbers) -> assertThat(numbers).as(blog)
                .containsExactlyElementsOf(IntStream.range(0, UPDATES / BLOGS).boxed().toList()));
    }

    private static void sendRawUpdates(String run) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        EventSerializer<LiveUpdate> serializer = new EventSerializer<>();
        for (int i = 0; i < UPDATES; i++) {
            String blog = run + (i % BLOGS);
            LiveUpdate update = update(blog, i / BLOGS);
            RecordHeaders headers = new RecordHeaders();
            CloudEvent.forRaw(update, "/crash-test", TraceParent.newRoot()).writeTo(headers);
            records.add(new ProducerRecord<>(Topics.RAW, null, blog, serializer.serialize(Topics.RAW, update), headers));
        }
        io.liveline.enrich.Topics.sendAll(records);
    }

    /** Update number {@code n} of a live blog: about 1 KB of ordinary news text. */
    private static LiveUpdate update(String blog, int n) {
        String text = ("Update " + n + ". The Polish prime minister met the German chancellor in Warsaw on Tuesday to "
                + "discuss support for Ukraine, as Russian drones struck Kharkiv overnight. Nato's secretary general said "
                + "allies would meet in Brussels next week. ").repeat(3);
        Instant now = Instant.now();
        return new LiveUpdate(blog, "u" + n, 1, UpdateAction.PUBLISH, UpdateKind.POST, null, "<p>" + text + "</p>", text,
                false, List.of(), now, now);
    }

    private static int number(ConsumerRecord<String, byte[]> record) {
        return Integer.parseInt(ENRICHED.deserialize(Topics.ENRICHED, record.value()).update().id().substring(1));
    }

    private static KafkaConsumer<String, byte[]> committedReader() {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "group.id", "crash-progress-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "isolation.level", "read_committed");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ENRICHED));
        return consumer;
    }
}
