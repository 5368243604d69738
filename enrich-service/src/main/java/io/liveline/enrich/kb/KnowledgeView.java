package io.liveline.enrich.kb;

import io.liveline.events.KbEntity;

/** What validating an entity needs to know of the knowledge base it would join. */
public interface KnowledgeView {

    /** The entity with this id, or null. */
    KbEntity entity(String id);

    /** The id of the entity that has this phrase key as its name or an alias, or null. */
    String owner(String phraseKey);
}
