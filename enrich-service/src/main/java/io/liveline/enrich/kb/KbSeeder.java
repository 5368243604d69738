package io.liveline.enrich.kb;

import io.liveline.enrich.tagger.SeedEntities;
import io.liveline.events.KbEntity;
import io.liveline.events.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Writes the shipped {@code kb/} entities and the seed marker to {@code liveline.kb} in one
 * transaction, once for the life of the topic. Replicas starting together all use one
 * transactional id: each one's start fences the one before and aborts its open seed, and each
 * looks for a committed marker only after that, so exactly one seed commits.
 */
@ApplicationScoped
public class KbSeeder {

    private static final Logger LOG = Logger.getLogger(KbSeeder.class);
    // Under the prefix the enrich-service Kafka user may use for transactions (deploy/kubernetes).
    static final String TRANSACTIONAL_ID = "liveline-enrich-kb-seed";

    private final Map<String, Object> kafka;

    public KbSeeder(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /**
     * Seeds the topic unless a committed marker is there. A replica fenced by another gives way,
     * and any other failure is only logged: the follower tries again while no marker has come.
     */
    void seed() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put("transactional.id", TRANSACTIONAL_ID);
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            if (markerCommitted()) {
                return;
            }
            List<KbEntity> entities = SeedEntities.fromClasspath();
            producer.beginTransaction();
            for (KbEntity e : entities) {
                producer.send(new ProducerRecord<>(Topics.KB, e.id(), KbRecords.write(e)));
            }
            producer.send(new ProducerRecord<>(Topics.KB, KbRecords.SEEDED,
                    KbRecords.write(Map.of("seededAt", Instant.now().toString(), "entities", entities.size()))));
            producer.commitTransaction();
            LOG.infof("seeded %s with %d entities from the shipped kb/ files", Topics.KB, entities.size());
        } catch (ProducerFencedException e) {
            LOG.info("another replica is seeding the knowledge base; following its seed");
        } catch (KafkaException e) {
            LOG.warnf("seeding %s failed, to be tried again unless another replica's seed arrives: %s", Topics.KB,
                    e.getMessage());
        }
    }

    private boolean markerCommitted() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put("isolation.level", "read_committed");
        props.put("enable.auto.commit", "false");
        TopicPartition partition = new TopicPartition(Topics.KB, 0);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (KbRecords.SEEDED.equals(r.key())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
