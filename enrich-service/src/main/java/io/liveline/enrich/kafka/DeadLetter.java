package io.liveline.enrich.kafka;

import io.liveline.events.Topics;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The dead-letter record of a raw record that could not be read or tagged: its original key, bytes
 * and headers, plus the error and the record's origin in {@code dead-letter-*} headers, so an
 * operator can see why it failed and replay it.
 */
final class DeadLetter {

    private DeadLetter() {
    }

    static Message<byte[]> of(ConsumerRecord<String, byte[]> record, Throwable error) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        add(headers, "dead-letter-reason", String.valueOf(error.getMessage()));
        if (error.getCause() != null) {
            add(headers, "dead-letter-cause", String.valueOf(error.getCause().getMessage()));
        }
        add(headers, "dead-letter-exception-class-name", error.getClass().getName());
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", String.valueOf(record.partition()));
        add(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.DLQ)
                .withKey(record.key())
                .withHeaders(headers)
                .build());
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
