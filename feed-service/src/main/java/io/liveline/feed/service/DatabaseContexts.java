package io.liveline.feed.service;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs background Hibernate work (the scheduled releases' timer) on a context of its own: Hibernate
 * Reactive keeps its session in the Vert.x context, and it must be neither a request's nor
 * another background job's.
 */
public final class DatabaseContexts {

    private DatabaseContexts() {
    }

    public static void run(Vertx vertx, Runnable work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.run());
    }
}
