package io.liveline.ingest.service;

import io.liveline.events.LiveUpdate;
import io.liveline.events.UpdateAction;
import io.liveline.ingest.kafka.UpdatePublisher;
import io.liveline.ingest.mapping.UpdateRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Turns accepted requests into versioned live update events and has them published. */
@ApplicationScoped
public class UpdateService {

    private final UpdatePublisher publisher;
    private final VersionClock versions;

    public UpdateService(UpdatePublisher publisher, VersionClock versions) {
        this.publisher = publisher;
        this.versions = versions;
    }

    /**
     * Publishes a new update or a new version of {@code updateId}.
     *
     * @param updateId the id from the URL (edit), the request's, or null to assign one
     */
    public Uni<LiveUpdate> publish(String liveblogId, String updateId, UpdateRequest request, String traceparent) {
        String id = updateId != null ? updateId : request.id() != null ? request.id() : UUID.randomUUID().toString();
        Instant now = Instant.now();
        LiveUpdate update = new LiveUpdate(liveblogId, id, versions.next(), UpdateAction.PUBLISH, request.kind(),
                request.headline(), request.body(), request.text(), request.pinned(), request.authors(),
                request.publishedAt() == null ? now : request.publishedAt(), now);
        return publisher.publish(update, traceparent).replaceWith(update);
    }

    /** Publishes the retraction of an update. */
    public Uni<LiveUpdate> retract(String liveblogId, String updateId, String traceparent) {
        LiveUpdate retraction = LiveUpdate.retraction(liveblogId, updateId, versions.next(), Instant.now());
        return publisher.publish(retraction, traceparent).replaceWith(retraction);
    }
}
