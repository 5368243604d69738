package io.liveline.events;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * A thread of its own that reads committed records with a plain consumer outside any group, for
 * the state every replica keeps whole (enrich-service's knowledge base and live-blog memory,
 * ingest-service's live blog states): the body assigns and polls until {@link #stopping()}, and a
 * stop wakes the consumer up.
 */
public final class TopicReader {

    private static final Logger LOG = Logger.getLogger(TopicReader.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean stopping;

    /**
     * @param onFailure what the owner does when the body fails (it is logged here), such as
     *                  releasing threads that wait for it
     */
    public TopicReader(String name, Map<String, Object> kafka, Map<String, Object> overrides,
            Consumer<TopicReader> body, Runnable onFailure) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put("isolation.level", "read_committed");
        props.put("enable.auto.commit", "false");
        props.putAll(overrides);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> owned = consumer) {
                body.accept(this);
            } catch (WakeupException e) {
                if (!stopping) {
                    LOG.errorf(e, "%s woken up unexpectedly", name);
                    onFailure.run();
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s stopped: this replica no longer follows its topic", name);
                onFailure.run();
            }
        }, name);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public void stop() throws InterruptedException {
        stopping = true;
        consumer.wakeup();
        thread.join(5000);
    }

    public KafkaConsumer<String, byte[]> consumer() {
        return consumer;
    }

    public boolean stopping() {
        return stopping;
    }

    /** Waits for a reader's first state, 5 minutes at most: a replica that has none cannot tag. */
    public static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException(what + " was not loaded in 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
