package io.liveline.ingest.service;

import io.liveline.events.TagCorrection;
import io.liveline.ingest.kafka.TagCorrectionPublisher;
import io.liveline.ingest.mapping.TagCorrectionReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Turns an accepted tag correction into an event with a version from the same clock as the
 * update's edits, and has it published. Ingest keeps no record of updates, so a correction of an
 * update the feed has not stored yet is accepted too: the feed keeps it and applies it when the
 * update arrives.
 */
@ApplicationScoped
public class TagCorrectionService {

    private final TagCorrectionPublisher publisher;
    private final VersionClock versions;

    public TagCorrectionService(TagCorrectionPublisher publisher, VersionClock versions) {
        this.publisher = publisher;
        this.versions = versions;
    }

    public Uni<TagCorrection> correct(String liveblogId, String updateId, TagCorrectionReader.Correction request,
            String traceparent) {
        TagCorrection correction = new TagCorrection(liveblogId, updateId, versions.next(), request.add(), request.remove(),
                Instant.now());
        return publisher.publish(correction, traceparent).replaceWith(correction);
    }
}
