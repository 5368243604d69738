package io.liveline.ingest.service;

import io.liveline.events.LiveblogMetadata;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.LiveblogEndedException;
import io.liveline.ingest.config.IngestConfig;
import io.liveline.ingest.kafka.LiveblogFollower;
import io.liveline.ingest.kafka.LiveblogPublisher;
import io.liveline.ingest.mapping.LiveblogRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Live blogs as things of their own: publishes an editor's change of a blog's metadata, and keeps
 * updates out of a blog that has ended. Both read this replica's copy of {@code liveline.liveblogs}
 * and wait, within the publish timeout, for it to be loaded rather than guess.
 */
@ApplicationScoped
public class LiveblogService {

    private static final Logger LOG = Logger.getLogger(LiveblogService.class);

    private final LiveblogFollower follower;
    private final LiveblogPublisher publisher;
    private final IngestConfig config;

    public LiveblogService(LiveblogFollower follower, LiveblogPublisher publisher, IngestConfig config) {
        this.follower = follower;
        this.publisher = publisher;
        this.config = config;
    }

    /**
     * Publishes the blog's new metadata, its times worked out from the last state this replica
     * read, and answers once this replica has read it back: the editor's next request here sees it.
     */
    public Uni<LiveblogMetadata> put(String liveblogId, LiveblogRequest request, String traceparent) {
        return loaded().chain(() -> {
            LiveblogMetadata next = LiveblogMetadata.next(follower.get(liveblogId), liveblogId, request.title(),
                    request.description(), request.state(), Instant.now());
            return publisher.publish(next, traceparent)
                    .chain(sent -> Uni.createFrom().completionStage(() -> follower.whenApplied(sent.partition(), sent.offset()))
                            .ifNoItem().after(config.publishTimeout()).recoverWithItem(() -> {
                                // Durable already: the answer stands, only this replica reads it late.
                                LOG.warnf("%s is published but not read back on this replica yet", liveblogId);
                                return null;
                            }))
                    .replaceWith(next);
        });
    }

    /**
     * Fails with {@link LiveblogEndedException} when the blog has ended: new updates and edits are
     * refused until it is reopened. Retractions are not checked, so a legal takedown always passes.
     */
    public Uni<Void> requireOpen(String liveblogId) {
        if (follower.isLoaded()) {
            checkOpen(liveblogId);
            return Uni.createFrom().voidItem();
        }
        return loaded().invoke(() -> checkOpen(liveblogId));
    }

    private void checkOpen(String liveblogId) {
        LiveblogMetadata metadata = follower.get(liveblogId);
        if (metadata != null && metadata.isEnded()) {
            throw new LiveblogEndedException(liveblogId);
        }
    }

    private Uni<Void> loaded() {
        return Uni.createFrom().completionStage(follower::whenLoaded)
                .ifNoItem().after(config.publishTimeout())
                .failWith(() -> new BrokerUnavailableException("the live blogs' states are not loaded from Kafka yet", null));
    }
}
