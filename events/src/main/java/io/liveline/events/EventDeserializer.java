package io.liveline.events;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a wire type from a Kafka record value. A record that is not valid JSON of the type, or
 * breaks the type's invariants, fails here so the consumer can route it to the dead-letter topic.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    protected EventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(data, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " on " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Kafka instantiates deserialisers by class name, so each type has a concrete class. */
    public static final class ForLiveUpdate extends EventDeserializer<LiveUpdate> {
        public ForLiveUpdate() {
            super(LiveUpdate.class);
        }
    }

    /** Kafka instantiates deserialisers by class name, so each type has a concrete class. */
    public static final class ForEnrichedUpdate extends EventDeserializer<EnrichedUpdate> {
        public ForEnrichedUpdate() {
            super(EnrichedUpdate.class);
        }
    }

    /** Kafka instantiates deserialisers by class name, so each type has a concrete class. */
    public static final class ForTagCorrection extends EventDeserializer<TagCorrection> {
        public ForTagCorrection() {
            super(TagCorrection.class);
        }
    }

    /** Kafka instantiates deserialisers by class name, so each type has a concrete class. */
    public static final class ForLiveblogMetadata extends EventDeserializer<LiveblogMetadata> {
        public ForLiveblogMetadata() {
            super(LiveblogMetadata.class);
        }
    }
}
