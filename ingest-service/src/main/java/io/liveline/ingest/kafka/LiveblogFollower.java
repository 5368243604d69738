package io.liveline.ingest.kafka;

import io.liveline.events.EventDeserializer;
import io.liveline.events.Identifiers;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.TopicReader;
import io.liveline.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Every replica's copy of the live blogs' metadata: reads all of {@code liveline.liveblogs} from
 * the start, then follows it, so each replica knows which blogs have ended without asking another
 * service. Loaded once it has read up to the end the topic had when it started.
 */
@ApplicationScoped
public class LiveblogFollower {

    private static final Logger LOG = Logger.getLogger(LiveblogFollower.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    /** A request waiting until the record at {@code offset} of {@code partition} is applied on this replica. */
    private record Waiter(int partition, long offset, CompletableFuture<Void> applied) {
    }

    private final Map<String, Object> kafka;
    private final EventDeserializer<LiveblogMetadata> deserializer = new EventDeserializer.ForLiveblogMetadata();
    private final Map<String, LiveblogMetadata> blogs = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    /**
     * The next offset to apply per partition: every record before it is in {@link #blogs}. The
     * topic has one partition where deploy/kubernetes creates it; a broker that creates it on first
     * use may give it more, and each blog's records still keep their order in theirs.
     */
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private TopicReader reader;

    public LiveblogFollower(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent event) {
        reader = new TopicReader("liveblog-follower", kafka, Map.of(), this::run, () -> { });
        reader.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (reader != null) {
            reader.stop();
        }
    }

    /** True once the replica has read the whole topic as it was at start. */
    public boolean isLoaded() {
        return loaded.isDone();
    }

    /** Completes once the replica has read the whole topic as it was at start. */
    public CompletionStage<Void> whenLoaded() {
        return loaded;
    }

    /** The live blog's metadata as this replica last read it; null for a blog that has none. */
    public LiveblogMetadata get(String liveblogId) {
        return blogs.get(liveblogId);
    }

    /** Completes once this replica has applied the record at {@code offset}, so an editor's next request sees it. */
    public CompletionStage<Void> whenApplied(int partition, long offset) {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        waiters.add(new Waiter(partition, offset, applied));
        // The reader may have passed the offset before the waiter was queued.
        releaseWaiters();
        return applied;
    }

    private void run(TopicReader reader) {
        KafkaConsumer<String, byte[]> consumer = reader.consumer();
        Map<TopicPartition, Long> ends = endOffsets(consumer);
        if (ends == null) {
            return;
        }
        consumer.assign(ends.keySet());
        consumer.seekToBeginning(ends.keySet());
        long start = System.nanoTime();
        while (!reader.stopping()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                apply(record);
            }
            boolean caughtUp = true;
            for (var end : ends.entrySet()) {
                long position = consumer.position(end.getKey());
                positions.put(end.getKey().partition(), position);
                caughtUp &= position >= end.getValue();
            }
            if (!loaded.isDone() && caughtUp) {
                LOG.infof("read %d live blogs from %s in %d ms", blogs.size(), Topics.LIVEBLOGS, (System.nanoTime() - start) / 1_000_000);
                loaded.complete(null);
            }
            releaseWaiters();
        }
    }

    /**
     * The end of each partition of the topic now; a broker or topic that is not there yet is waited
     * for, and the replica stays unloaded. Null once stopping.
     */
    private Map<TopicPartition, Long> endOffsets(KafkaConsumer<String, byte[]> consumer) {
        while (!reader.stopping()) {
            try {
                List<TopicPartition> partitions = consumer.partitionsFor(Topics.LIVEBLOGS, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                if (!partitions.isEmpty()) {
                    return consumer.endOffsets(partitions, Duration.ofSeconds(5));
                }
                LOG.warnf("%s has no partitions yet; retrying", Topics.LIVEBLOGS);
            } catch (KafkaException e) {
                LOG.warnf("cannot read the end of %s yet (%s); retrying", Topics.LIVEBLOGS, e.toString());
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (!Identifiers.isLiveblogId(record.key())) {
            LOG.warnf("skipping %s record %d: key is no live blog id", Topics.LIVEBLOGS, record.offset());
        } else if (record.value() == null) {
            blogs.remove(record.key());
        } else {
            try {
                blogs.put(record.key(), deserializer.deserialize(Topics.LIVEBLOGS, record.value()));
            } catch (RuntimeException e) {
                LOG.warnf("skipping %s record %d (%s): %s", Topics.LIVEBLOGS, record.offset(), record.key(), e.getMessage());
            }
        }
    }

    private void releaseWaiters() {
        for (Iterator<Waiter> pending = waiters.iterator(); pending.hasNext(); ) {
            Waiter waiter = pending.next();
            if (waiter.offset() < positions.getOrDefault(waiter.partition(), -1L)) {
                waiter.applied().complete(null);
                pending.remove();
            }
        }
    }
}
