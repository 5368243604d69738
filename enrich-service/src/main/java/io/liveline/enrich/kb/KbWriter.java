package io.liveline.enrich.kb;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.events.KbEntity;
import io.liveline.events.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes editors' changes to {@code liveline.kb} and returns only once the broker has them on all
 * in-sync replicas and this replica has applied them, so an editor reads back what they wrote.
 */
@ApplicationScoped
public class KbWriter {

    private final KafkaProducer<String, byte[]> producer;
    private final KnowledgeFollower follower;
    private final Duration timeout;

    public KbWriter(@Identifier("default-kafka-broker") Map<String, Object> kafka, KnowledgeFollower follower,
            EnrichConfig config) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("linger.ms", "1");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.follower = follower;
        this.timeout = config.kb().writeTimeout();
    }

    /** Writes the entity's whole new state; returns the state this replica has after it. */
    public KnowledgeSnapshot put(KbEntity entity) throws TimeoutException {
        return write(entity.id(), KbRecords.write(entity));
    }

    /** Writes a tombstone that retires the entity. */
    public KnowledgeSnapshot retire(String id) throws TimeoutException {
        return write(id, null);
    }

    /**
     * Writes many entities at once and waits for each one's ack; returns, in order, null for each
     * one stored or the reason it was not. The replica has applied all stored ones on return.
     */
    public List<String> putAll(List<KbEntity> entities) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Future<RecordMetadata>> sent = new ArrayList<>(entities.size());
        for (KbEntity e : entities) {
            sent.add(producer.send(new ProducerRecord<>(Topics.KB, e.id(), KbRecords.write(e))));
        }
        List<String> failures = new ArrayList<>(entities.size());
        long last = -1;
        for (Future<RecordMetadata> f : sent) {
            try {
                last = Math.max(last, f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).offset());
                failures.add(null);
            } catch (ExecutionException | TimeoutException e) {
                failures.add("the broker did not take it: send that line again");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while writing the import");
            }
        }
        if (last >= 0) {
            try {
                follower.awaitApplied(last, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())).plus(timeout));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while waiting for the import to apply");
            }
        }
        return failures;
    }

    private KnowledgeSnapshot write(String id, byte[] value) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            long offset = producer.send(new ProducerRecord<>(Topics.KB, id, value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset();
            return follower.awaitApplied(offset, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } catch (ExecutionException e) {
            throw new TimeoutException("the broker did not take the change: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while writing the change");
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
