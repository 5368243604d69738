package io.liveline.feed.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Opens a database connection and runs the feed's first query during start-up, so the first live
 * update and the first SSE subscriber do not pay for it, and a database that cannot be reached
 * fails the start rather than the first request.
 */
@ApplicationScoped
public class DatabaseWarmUp {

    void onStart(@Observes StartupEvent event, LiveUpdateRepository repository) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(repository::lastSeq));
    }
}
