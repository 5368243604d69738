package io.liveline.feed.kafka;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions of the enriched topic that this replica's writer channel owns now. Their records
 * are stored by this replica, which then publishes them itself, so its fan-out channel leaves them
 * alone instead of applying each one a second time.
 */
@ApplicationScoped
@Identifier(WriterPartitions.NAME)
public class WriterPartitions implements KafkaConsumerRebalanceListener {

    /** Named in the writer channel's {@code consumer-rebalance-listener.name}. */
    public static final String NAME = "liveline-feed-writer-partitions";

    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();

    /** Called on the writer's polling thread; with the cooperative protocol, only the partitions added. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> owned.add(partition.partition()));
    }

    /** Also called for partitions lost without a revocation. */
    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> owned.remove(partition.partition()));
    }

    boolean owns(int partition) {
        return owned.contains(partition);
    }
}
