package io.liveline.enrich.health;

import io.liveline.enrich.kb.KnowledgeFollower;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the replica has read the knowledge base and built its tagger from it. */
@Readiness
@ApplicationScoped
public class KnowledgeBaseReadiness implements HealthCheck {

    private final KnowledgeFollower knowledge;

    public KnowledgeBaseReadiness(KnowledgeFollower knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("knowledge base").status(knowledge.isReady()).build();
    }
}
