package io.liveline.feed;

import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.CloudEvent;
import io.liveline.events.EventSerializer;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.LiveblogState;
import io.liveline.events.Topics;
import io.liveline.events.TraceParent;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes to the real {@code liveline.liveblogs} what ingest-service would, so feed-service can be tested alone. */
final class LiveblogTopic {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");
    /** The last change written per blog, so each next one follows from it as ingest-service's would. */
    private static final Map<String, LiveblogMetadata> LAST = new ConcurrentHashMap<>();

    private LiveblogTopic() {
    }

    /** The blog's next change, a minute after its last one written here. */
    static LiveblogMetadata metadata(String blog, String title, String state) {
        return metadata(blog, title, null, state);
    }

    static LiveblogMetadata metadata(String blog, String title, String description, String state) {
        LiveblogMetadata previous = LAST.get(blog);
        Instant at = previous == null ? T0 : previous.changedAt().plusSeconds(60);
        LiveblogMetadata next = LiveblogMetadata.next(previous, blog, title, description,
                LiveblogState.fromWireName(state).orElseThrow(), at);
        LAST.put(blog, next);
        return next;
    }

    static void send(LiveblogMetadata... changes) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new EventSerializer<LiveblogMetadata>())) {
            for (LiveblogMetadata change : changes) {
                ProducerRecord<String, LiveblogMetadata> record = new ProducerRecord<>(Topics.LIVEBLOGS, change.liveblogId(), change);
                CloudEvent.forLiveblog(change, "/test", TraceParent.newRoot()).writeTo(record.headers());
                producer.send(record);
            }
            producer.flush();
        }
    }

    static void sendRaw(String key, byte[] value) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.LIVEBLOGS, key, value));
            producer.flush();
        }
    }
}
