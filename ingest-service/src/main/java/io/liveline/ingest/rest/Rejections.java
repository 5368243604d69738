package io.liveline.ingest.rest;

import io.liveline.events.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts every refused request by its problem type: the reasons operators alert on. */
@ApplicationScoped
public class Rejections {

    private final MeterRegistry registry;

    public Rejections(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Every problem answer of the REST API, whichever mapper wrote it. */
    @ServerResponseFilter
    public void countAnswer(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            count(problem);
        }
    }

    public void count(Problem problem) {
        String path = problem.type().getPath();
        registry.counter("liveline.ingest.updates.rejected", "reason", path.substring(path.lastIndexOf('/') + 1)).increment();
    }
}
