package io.liveline.enrich.kb;

import io.liveline.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Makes sure {@code liveline.kb} has exactly one partition before anyone reads or seeds it. Every
 * replica must apply the same changes in one order; a topic created by the broker's auto-creation
 * (several partitions, not compacted) would split the seed and give each replica a part of it.
 */
final class KbTopic {

    private KbTopic() {
    }

    /**
     * Creates the topic (one partition, compacted) when it is absent.
     *
     * @throws IllegalStateException when it exists with more than one partition
     */
    static void ensure(Map<String, Object> kafka) throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(kafka)) {
            try {
                admin.createTopics(List.of(new NewTopic(Topics.KB, Optional.of(1), Optional.empty())
                        .configs(Map.of("cleanup.policy", "compact")))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            TopicDescription topic = describe(admin);
            if (topic.partitions().size() != 1) {
                throw new IllegalStateException(Topics.KB + " has " + topic.partitions().size()
                        + " partitions; the knowledge base needs exactly one (see deploy/kubernetes)");
            }
        }
    }

    private static TopicDescription describe(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        for (int attempt = 0; ; attempt++) {
            try {
                return admin.describeTopics(List.of(Topics.KB)).allTopicNames().get(30, TimeUnit.SECONDS).get(Topics.KB);
            } catch (ExecutionException e) {
                // A topic just created may not be in every broker's metadata yet.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 50) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }
}
