package io.liveline.enrich.kafka;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.kb.Suggestions;
import io.liveline.enrich.service.LiveblogMemory;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.EventDeserializer;
import io.liveline.events.TopicReader;
import io.liveline.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Keeps {@link LiveblogMemory} (and the {@link Suggestions} of names to add) as the enriched topic
 * says: at start it reads the latest records of every partition of {@code liveline.updates.enriched}
 * (so a restarted replica remembers), then follows all partitions (so a replica that takes over a
 * partition in a rebalance knows what the previous owner tagged). Tagging waits until the start-up
 * read is done.
 */
@ApplicationScoped
public class MemoryFollower {

    private static final Logger LOG = Logger.getLogger(MemoryFollower.class);

    private final Map<String, Object> kafka;
    private final LiveblogMemory memory;
    private final Suggestions suggestions;
    private final int restoreRecords;
    private final EventDeserializer<EnrichedUpdate> deserializer = new EventDeserializer.ForEnrichedUpdate();
    private final CountDownLatch restored = new CountDownLatch(1);
    private TopicReader reader;

    public MemoryFollower(@Identifier("default-kafka-broker") Map<String, Object> kafka, LiveblogMemory memory,
            Suggestions suggestions, EnrichConfig config) {
        this.kafka = kafka;
        this.memory = memory;
        this.suggestions = suggestions;
        this.restoreRecords = config.memory().restoreRecords();
    }

    void start(@Observes StartupEvent event) {
        // A reader that failed releases tagging: a surname or two missed beats no tagging at all.
        reader = new TopicReader("liveblog-memory-follower", kafka, Map.of(), this::run, restored::countDown);
        reader.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (reader != null) {
            reader.stop();
        }
    }

    /** True once the latest enriched records of every partition have been read into the memory. */
    public boolean isRestored() {
        return restored.getCount() == 0;
    }

    /** Waits for the start-up read, so no update is tagged with a memory that is still filling. */
    public void awaitRestored() {
        TopicReader.await(restored, "the live-blog memory");
    }

    private void run(TopicReader reader) {
        KafkaConsumer<String, byte[]> consumer = reader.consumer();
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED).stream()
                .map(p -> new TopicPartition(Topics.ENRICHED, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
        for (TopicPartition p : partitions) {
            consumer.seek(p, Math.max(begins.get(p), ends.get(p) - restoreRecords));
        }
        long start = System.nanoTime();
        int read = 0;
        while (!reader.stopping() && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            read += remember(consumer.poll(Duration.ofMillis(200)));
        }
        restored.countDown();
        LOG.infof("live-blog memory restored from %d enriched records in %d ms", read,
                (System.nanoTime() - start) / 1_000_000);
        while (!reader.stopping()) {
            remember(consumer.poll(Duration.ofMillis(500)));
        }
    }

    private int remember(Iterable<ConsumerRecord<String, byte[]>> records) {
        int n = 0;
        for (ConsumerRecord<String, byte[]> r : records) {
            n++;
            if (TagCorrectionRelay.carries(r)) {
                continue; // an editor's tag, not the tagger's: nothing for the memory or the suggestions
            }
            try {
                EnrichedUpdate enriched = deserializer.deserialize(Topics.ENRICHED, r.value());
                if (enriched != null && !enriched.tags().people().isEmpty()) {
                    memory.of(enriched.update().liveblogId()).remember(enriched.tags());
                }
                if (enriched != null) {
                    suggestions.count(enriched);
                }
            } catch (RuntimeException e) {
                LOG.debugf("enriched record %d of partition %d not read into the memory: %s", r.offset(), r.partition(),
                        e.getMessage());
            }
        }
        return n;
    }
}
