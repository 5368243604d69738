package io.liveline.enrich.kb;

import io.liveline.events.EventJson;
import io.liveline.events.KbEntity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bytes of {@code liveline.kb} record values: an entity as JSON, and the seed marker. */
final class KbRecords {

    /** The key of the record that says the shipped files were seeded; never an entity id. */
    static final String SEEDED = "_seeded";

    private KbRecords() {
    }

    static byte[] write(Object value) {
        return EventJson.write(value).getBytes(StandardCharsets.UTF_8);
    }

    static KbEntity read(byte[] value) {
        try {
            return EventJson.mapper().readValue(value, KbEntity.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a knowledge-base entity", e);
        }
    }
}
