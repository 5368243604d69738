package io.liveline.enrich.health;

import io.liveline.enrich.kafka.MemoryFollower;
import io.liveline.enrich.kb.KnowledgeFollower;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the replica has read the knowledge base and built its tagger from it, and has
 * restored its live-blog memory from the enriched topic.
 */
@Readiness
@ApplicationScoped
public class TaggingReadiness implements HealthCheck {

    private final KnowledgeFollower knowledge;
    private final MemoryFollower memory;

    public TaggingReadiness(KnowledgeFollower knowledge, MemoryFollower memory) {
        this.knowledge = knowledge;
        this.memory = memory;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("knowledge base and live-blog memory")
                .withData("knowledgeBase", knowledge.isReady()).withData("memory", memory.isRestored())
                .status(knowledge.isReady() && memory.isRestored()).build();
    }
}
