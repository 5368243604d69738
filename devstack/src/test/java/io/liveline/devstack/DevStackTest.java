package io.liveline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The devstack is real infrastructure: a broker that stores and serves records, a database that answers SQL. */
class DevStackTest {

    @Test
    void kafkaBrokerAcknowledgesAndServesARecord() throws Exception {
        KafkaBroker broker = SharedInfrastructure.kafka();
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all");
        RecordMetadata written;
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            written = producer.send(new ProducerRecord<>("devstack-check", "blog-a", "hello")).get();
        }
        assertThat(written.offset()).isZero();

        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", broker.bootstrapServers(),
                "group.id", "devstack-check", "auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("devstack-check"));
            ConsumerRecord<String, String> read = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read == null && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    read = records.iterator().next();
                }
            }
            assertThat(read).isNotNull();
            assertThat(read.key()).isEqualTo("blog-a");
            assertThat(read.value()).isEqualTo("hello");
        }
    }

    @Test
    void postgresIsVersion15AndHasTheLivelineDatabase() throws Exception {
        Postgres postgres = SharedInfrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                ResultSet result = connection.createStatement().executeQuery("SHOW server_version_num")) {
            result.next();
            assertThat(result.getInt(1)).isBetween(150000, 159999);
            assertThat(connection.getCatalog()).isEqualTo(Postgres.DATABASE);
        }
    }
}
