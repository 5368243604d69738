package io.liveline.ingest.rest;

import io.liveline.events.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts every refused request by its problem type: the reasons operators alert on. */
@ApplicationScoped
public class Rejections {

    private final MeterRegistry registry;

    public Rejections(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(Problem problem) {
        String path = problem.type().getPath();
        registry.counter("liveline.ingest.updates.rejected", "reason", path.substring(path.lastIndexOf('/') + 1)).increment();
    }
}
