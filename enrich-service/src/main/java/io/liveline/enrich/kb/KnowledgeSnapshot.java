package io.liveline.enrich.kb;

import io.liveline.enrich.tagger.Normaliser;
import io.liveline.enrich.tagger.Tagger;
import io.liveline.events.KbEntity;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The knowledge base as of one position on {@code liveline.kb}: its entities and the tagger built
 * from them. Immutable: a reader holding one sees one consistent state, never half of a change.
 *
 * @param entities by id, in the order the topic gave them
 * @param owners   the id of the entity each phrase key (name or alias) belongs to, the first one wins
 * @param position the offset of the next record this snapshot has not seen
 */
public record KnowledgeSnapshot(Map<String, KbEntity> entities, Map<String, String> owners, Tagger tagger,
        long position) implements KnowledgeView {

    @Override
    public KbEntity entity(String id) {
        return entities.get(id);
    }

    @Override
    public String owner(String phraseKey) {
        return owners.get(phraseKey);
    }

    static KnowledgeSnapshot of(Map<String, KbEntity> entities, long position) {
        Map<String, KbEntity> copy = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        Map<String, String> owners = new HashMap<>();
        for (KbEntity e : copy.values()) {
            owners.putIfAbsent(Normaliser.phraseKey(e.name()), e.id());
            e.aliases().forEach(a -> owners.putIfAbsent(Normaliser.phraseKey(a), e.id()));
        }
        return new KnowledgeSnapshot(copy, Collections.unmodifiableMap(owners), Tagger.of(copy.values()), position);
    }
}
