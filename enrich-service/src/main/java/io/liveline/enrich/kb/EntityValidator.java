package io.liveline.enrich.kb;

import io.liveline.enrich.tagger.Normaliser;
import io.liveline.events.KbEntity;
import io.liveline.events.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an editor's request into an entity for the topic, or says which field is at fault. A
 * phrase (name or alias) may belong to one entity only, so the tagger never has to guess between
 * two an editor made; phrases the entity already had are left alone (the shipped files share some).
 */
public final class EntityValidator {

    /** Enough for every spelling of a name in every language a newsroom writes in. */
    static final int MAX_ALIASES = 100;
    static final int MAX_PHRASE = 200;
    private static final Map<KbEntity.Type, Set<String>> FLAGS = Map.of(
            KbEntity.Type.PERSON, Set.of("nosurname"),
            KbEntity.Type.ORGANISATION, Set.of("homeonly"),
            KbEntity.Type.PLACE, Set.of("city", "seat"));

    private EntityValidator() {
    }

    /**
     * The entity {@code request} makes of {@code id}, given the knowledge base as it is.
     *
     * @throws InvalidEntityException  with every field at fault
     * @throws AliasConflictException  when a phrase belongs to another entity
     */
    public static KbEntity validate(String id, KbEntityRequest request, KnowledgeView kb) {
        List<FieldError> errors = new ArrayList<>();
        if (!KbEntity.isEntityId(id)) {
            errors.add(new FieldError("id", "must be a Wikidata QID (Q and digits) or a lower-case slug of letters, "
                    + "digits and '-' (at most 80)"));
        }
        if (request == null) {
            errors.add(new FieldError("", "the body must be a JSON object with 'type' and 'name'"));
            throw new InvalidEntityException(errors);
        }
        KbEntity.Type type = KbEntity.Type.fromWire(request.type());
        if (type == null) {
            errors.add(new FieldError("type", "must be one of person, organisation, place"));
        }
        if (request.name() == null || Normaliser.phraseKey(request.name()).isEmpty()) {
            errors.add(new FieldError("name", "is required and must have a word in it"));
        } else if (request.name().length() > MAX_PHRASE) {
            errors.add(new FieldError("name", "must be at most " + MAX_PHRASE + " characters"));
        }
        List<String> aliases = request.aliases() == null ? List.of() : request.aliases();
        if (aliases.size() > MAX_ALIASES) {
            errors.add(new FieldError("aliases", "must hold at most " + MAX_ALIASES + " aliases, not " + aliases.size()));
        } else {
            for (int i = 0; i < aliases.size(); i++) {
                String a = aliases.get(i);
                if (a == null || Normaliser.phraseKey(a).isEmpty() || a.length() > MAX_PHRASE) {
                    errors.add(new FieldError("aliases/" + i, "must have a word in it and at most " + MAX_PHRASE
                            + " characters"));
                }
            }
        }
        if (request.wikidata() != null && !KbEntity.isQid(request.wikidata())) {
            errors.add(new FieldError("wikidata", "must be a Wikidata item id: Q and digits, as in Q3881"));
        } else if (KbEntity.isQid(id) && request.wikidata() != null && !request.wikidata().equals(id)) {
            errors.add(new FieldError("wikidata", "must be the entity's id " + id + " when the id is a QID"));
        }
        if (request.country() != null && !request.country().matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code in capitals, as in UA"));
        } else if (request.country() == null && type == KbEntity.Type.PLACE) {
            errors.add(new FieldError("country", "is required for a place: the country it is in"));
        }
        List<String> flags = request.flags() == null ? List.of() : request.flags();
        for (int i = 0; type != null && i < flags.size(); i++) {
            if (!FLAGS.get(type).contains(flags.get(i))) {
                errors.add(new FieldError("flags/" + i, "must be one of " + FLAGS.get(type) + " for a " + type.wireName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntityException(errors);
        }
        checkOwnership(id, request.name(), aliases, kb);
        KbEntity before = kb.entity(id);
        String wikidata = request.wikidata() != null ? request.wikidata() : KbEntity.isQid(id) ? id : null;
        // Topic signals come with the shipped files; the API does not set them, so a PUT keeps them.
        return new KbEntity(id, type, request.name().strip(), aliases.stream().map(String::strip).distinct().toList(),
                wikidata, request.country(), flags, before == null ? null : before.topics());
    }

    private static void checkOwnership(String id, String name, List<String> aliases, KnowledgeView kb) {
        KbEntity before = kb.entity(id);
        Set<String> had = new HashSet<>();
        if (before != null) {
            had.add(Normaliser.phraseKey(before.name()));
            before.aliases().forEach(a -> had.add(Normaliser.phraseKey(a)));
        }
        check("name", name, id, had, kb);
        for (int i = 0; i < aliases.size(); i++) {
            check("aliases/" + i, aliases.get(i), id, had, kb);
        }
    }

    private static void check(String field, String phrase, String id, Set<String> had, KnowledgeView kb) {
        String key = Normaliser.phraseKey(phrase);
        String owner = kb.owner(key);
        if (owner != null && !owner.equals(id) && !had.contains(key)) {
            KbEntity other = kb.entity(owner);
            throw new AliasConflictException(new FieldError(field, "'" + phrase.strip() + "' already belongs to entity "
                    + owner + " (" + other.name() + ")"), owner);
        }
    }
}
