package io.liveline.enrich.kb;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.events.TopicReader;
import io.liveline.enrich.tagger.Tagger;
import io.liveline.events.KbEntity;
import io.liveline.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Every replica's copy of the knowledge base: reads all of {@code liveline.kb} from the start,
 * seeds it from the shipped files if it never was, then follows it and publishes a new
 * {@link KnowledgeSnapshot} (with a new tagger) after each change. The snapshot is one volatile
 * reference, so a reader gets the old state or the new one, never a mix.
 */
@ApplicationScoped
public class KnowledgeFollower {

    private static final Logger LOG = Logger.getLogger(KnowledgeFollower.class);
    // One partition: every replica must apply the same changes in the same order.
    private static final TopicPartition PARTITION = new TopicPartition(Topics.KB, 0);
    // Long enough for another replica's seed of the shipped files to commit.
    private static final Duration SEED_RETRY = Duration.ofSeconds(30);

    private final Map<String, Object> kafka;
    private final EnrichConfig.Kb config;
    private final KbSeeder seeder;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile KnowledgeSnapshot snapshot;
    private TopicReader reader;

    public KnowledgeFollower(@Identifier("default-kafka-broker") Map<String, Object> kafka, EnrichConfig config,
            KbSeeder seeder) {
        this.kafka = kafka;
        this.config = config.kb();
        this.seeder = seeder;
    }

    void start(@Observes StartupEvent event) {
        reader = new TopicReader("kb-follower", kafka, Map.of("max.poll.records", "5000"), this::run, () -> { });
        reader.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (reader != null) {
            reader.stop();
        }
    }

    /** True once the replica has read the whole topic and built its tagger from it. */
    public boolean isReady() {
        return ready.getCount() == 0;
    }

    /** The current state; waits for the first one, which exists once the replica has caught up. */
    public KnowledgeSnapshot current() {
        TopicReader.await(ready, "the knowledge base of " + Topics.KB);
        return snapshot;
    }

    /** The current tagger: one read of the snapshot, so one update is tagged by one state. */
    public Tagger tagger() {
        return current().tagger();
    }

    /**
     * Waits until this replica has applied the record at {@code offset}, so an editor reads back
     * what they wrote.
     */
    public KnowledgeSnapshot awaitApplied(long offset, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        KnowledgeSnapshot s = current();
        while (s.position() <= offset) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("record " + offset + " of " + Topics.KB + " not applied in " + timeout);
            }
            synchronized (this) {
                wait(20);
            }
            s = snapshot;
        }
        return s;
    }

    private void run(TopicReader reader) {
        try {
            KbTopic.ensure(kafka);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Never ready on a topic that would give this replica part of the knowledge base.
            LOG.errorf(e, "%s unusable, the tagger stays unready", Topics.KB);
            return;
        }
        KafkaConsumer<String, byte[]> consumer = reader.consumer();
        consumer.assign(List.of(PARTITION));
        consumer.seekToBeginning(List.of(PARTITION));
        Map<String, KbEntity> entities = new LinkedHashMap<>();
        // Without seeding, the topic is whatever operators put there; with it, the tagger waits
        // for the seed, which another replica may be writing.
        boolean seeded = catchUp(consumer, entities) || !config.seed();
        long seedTriedAt = System.nanoTime();
        if (!seeded) {
            seeder.seed();
        }
        long builtAt = 0;
        boolean changed = true;
        while (!reader.stopping()) {
            if (!seeded && System.nanoTime() - seedTriedAt > SEED_RETRY.toNanos()) {
                seeder.seed();
                seedTriedAt = System.nanoTime();
            }
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
            for (ConsumerRecord<String, byte[]> r : records) {
                seeded |= apply(entities, r);
                changed = true;
            }
            boolean behind = consumer.currentLag(PARTITION).orElse(0) > 0;
            long now = System.nanoTime();
            // While an import streams in, build at most once per interval, not once per poll.
            if (changed && seeded && (!behind || now - builtAt > config.rebuildInterval().toNanos())) {
                publish(entities, consumer.position(PARTITION));
                builtAt = now;
                changed = false;
            }
        }
    }

    /** Reads up to the end the topic had at start; true when the seed marker was among the records. */
    private boolean catchUp(KafkaConsumer<String, byte[]> consumer, Map<String, KbEntity> entities) {
        long end = consumer.endOffsets(List.of(PARTITION)).get(PARTITION);
        boolean seeded = false;
        long start = System.nanoTime();
        while (consumer.position(PARTITION) < end && !reader.stopping()) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                seeded |= apply(entities, r);
            }
        }
        LOG.infof("read %d knowledge-base entities from %s in %d ms", entities.size(), Topics.KB,
                (System.nanoTime() - start) / 1_000_000);
        return seeded;
    }

    /** Applies one record; true when it is the seed marker. */
    private static boolean apply(Map<String, KbEntity> entities, ConsumerRecord<String, byte[]> r) {
        if (KbRecords.SEEDED.equals(r.key())) {
            return true;
        }
        if (!KbEntity.isEntityId(r.key())) {
            LOG.warnf("skipping %s record %d: key is no entity id", Topics.KB, r.offset());
        } else if (r.value() == null) {
            entities.remove(r.key());
        } else {
            try {
                entities.put(r.key(), KbRecords.read(r.value()));
            } catch (RuntimeException e) {
                LOG.warnf("skipping %s record %d (%s): %s", Topics.KB, r.offset(), r.key(), e.getMessage());
            }
        }
        return false;
    }

    private void publish(Map<String, KbEntity> entities, long position) {
        long start = System.nanoTime();
        KnowledgeSnapshot next = KnowledgeSnapshot.of(entities, position);
        // One untimed run loads the matcher's classes now, not while the first real update waits.
        next.tagger().tag("Start-up", "The tagger is ready in Kyiv and Warsaw.");
        snapshot = next;
        synchronized (this) {
            notifyAll();
        }
        ready.countDown();
        LOG.infof("tagger rebuilt from %d entities at %s offset %d in %d ms", entities.size(), Topics.KB, position,
                (System.nanoTime() - start) / 1_000_000);
    }
}
