package io.liveline.feed.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** The live tail: every committed change, as this replica's ChangeTail reads it, handed to every open stream. */
@ApplicationScoped
public class UpdateBroadcaster {

    private final BroadcastProcessor<FeedEvent> processor = BroadcastProcessor.create();

    public void publish(FeedEvent event) {
        processor.onNext(event);
    }

    /** Changes published from now on; a subscriber that cannot keep up gets its own overflow policy. */
    public Multi<FeedEvent> changes() {
        return processor;
    }
}
