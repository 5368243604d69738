package io.liveline.ingest;

import io.liveline.devstack.SharedInfrastructure;
import io.liveline.events.EventDeserializer;
import io.liveline.events.LiveblogMetadata;
import io.liveline.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what ingest-service really wrote to {@code liveline.liveblogs}, for one live blog. */
final class LiveblogTopic {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.LIVEBLOGS, 0);

    private LiveblogTopic() {
    }

    /** Every record of the live blog on the topic, reading up to its end as it is now. */
    static List<ConsumerRecord<String, LiveblogMetadata>> records(String liveblogId) {
        Map<String, Object> config = Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers(),
                "enable.auto.commit", "false", "isolation.level", "read_committed");
        List<ConsumerRecord<String, LiveblogMetadata>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new EventDeserializer.ForLiveblogMetadata())) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            long end = consumer.endOffsets(List.of(PARTITION)).get(PARTITION);
            while (consumer.position(PARTITION) < end) {
                for (ConsumerRecord<String, LiveblogMetadata> record : consumer.poll(Duration.ofMillis(250))) {
                    if (liveblogId.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
