package io.liveline.feed.service;

import io.liveline.feed.live.ChangeTail;
import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.repository.ChangeLog;
import io.liveline.feed.repository.LiveUpdateKey;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled updates (a {@code publishedAt} in the future) once they are due: until
 * then they are stored but unnumbered, so in no page and no stream. Every replica checks; the
 * first to number an update wins and the others find nothing left to do.
 */
@ApplicationScoped
public class ScheduledReleases {

    private static final Logger LOG = Logger.getLogger(ScheduledReleases.class);
    private static final int BATCH = 100;

    private final LiveUpdateRepository repository;
    private final ChangeLog changes;
    private final ChangeTail tail;
    private final FeedConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer;

    public ScheduledReleases(LiveUpdateRepository repository, ChangeLog changes, ChangeTail tail, FeedConfig config, Vertx vertx) {
        this.repository = repository;
        this.changes = changes;
        this.tail = tail;
        this.config = config;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.scheduleInterval().toMillis(), id -> {
            if (running.compareAndSet(false, true)) {
                releaseDue();
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    private void releaseDue() {
        repository.due(BATCH)
                .onItem().transformToMulti(keys -> Multi.createFrom().iterable(keys))
                .onItem().transformToUniAndConcatenate((LiveUpdateKey key) -> changes.release(key))
                .collect().asList()
                .subscribe().with(released -> {
                    running.set(false);
                    if (!released.isEmpty()) {
                        tail.poke();
                    }
                }, failure -> {
                    running.set(false);
                    LOG.warn("Releasing scheduled updates failed; the next tick retries", failure);
                });
    }
}
