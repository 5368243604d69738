package io.liveline.devstack;

import io.liveline.events.Topics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.TopicExistsException;
import java.util.logging.Logger;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Apache Kafka broker inside the current JVM, for tests: the same broker
 * code as a production cluster, on a free loopback port, with its data in a temporary folder.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Partitions of the pipeline's topics in tests: more than one, so keying by live blog matters. */
    public static final int PARTITIONS = 3;

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Formats storage, starts the broker and waits until it accepts clients. */
    public static KafkaBroker start() {
        // The broker shares the test's JVM: a fatal error it meets (typically while the JVM shuts
        // down around it) must fail the broker, not exit the JVM and with it the test run.
        Exit.setExitProcedure((status, message) -> LOG.warning("broker asked to exit " + status + ": " + message));
        Exit.setHaltProcedure((status, message) -> LOG.warning("broker asked to halt " + status + ": " + message));
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build());
            SingleNodeSettings.BROKER.forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates the topics (with {@link #PARTITIONS} partitions) unless they exist. */
    public void createTopics(Collection<String> names) {
        createTopics(bootstrapServers(), names, PARTITIONS);
    }

    /**
     * Creates topics on any broker; shared by the test broker and the local-run broker. The
     * knowledge base and the live blogs' metadata are compacted with one partition, as in
     * deploy/kubernetes.
     */
    static void createTopics(String bootstrapServers, Collection<String> names, int partitions) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            List<NewTopic> topics = names.stream().map(name -> name.equals(Topics.KB) || name.equals(Topics.LIVEBLOGS)
                    ? new NewTopic(name, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))
                    : new NewTopic(name, partitions, (short) 1)).toList();
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
            // Looking up a group coordinator creates __consumer_offsets now, rather than when the
            // services' consumers first join and the first update waits for it.
            try {
                admin.describeConsumerGroups(List.of("devstack-warm-up")).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker did not create its consumer offsets topic", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("broker did not create topics in time", e);
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not stop cleanly", e);
        }
    }

    /** Broker settings a single node needs: internal topics cannot have more replicas than nodes. */
    static final class SingleNodeSettings {
        static final Map<String, String> BROKER = Map.of(
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "3",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "transaction.state.log.num.partitions", "3",
                "share.coordinator.state.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0",
                "num.partitions", String.valueOf(PARTITIONS),
                "auto.create.topics.enable", "true");

        private SingleNodeSettings() {
        }
    }
}
