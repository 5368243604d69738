package io.liveline.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.events.KbEntity;
import io.liveline.events.Problem.FieldError;
import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.ingest.InvalidCorrectionException;
import io.liveline.ingest.InvalidUpdateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the body of a tag correction, {@code {"add": {<tag lists>}, "remove": {<tag lists>}}} in the
 * tag shapes of an enriched update, into the tags to add and to remove, naming every field at fault
 * as a path such as {@code add/countries/0/code}. A tag to remove needs only what tells it apart:
 * the name of a person or organisation, the code of a country or topic.
 */
@ApplicationScoped
public class TagCorrectionReader {

    /** More tags than an update could carry is no correction but a mistake or an attack. */
    static final int MAX_TAGS = 50;
    static final int MAX_NAME = 200;
    private static final Set<String> LISTS = Set.of("people", "countries", "organisations", "topics");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    /** The tags to add and to remove. */
    public record Correction(TagSet add, TagSet remove) {
    }

    public Correction read(byte[] content) {
        JsonNode root;
        try {
            root = UpdateRequestReader.parse(content);
        } catch (InvalidUpdateException e) {
            throw new InvalidCorrectionException(e.errors());
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("add") && !name.equals("remove")) {
                errors.add(new FieldError(name, "is not part of a correction: send 'add' and/or 'remove'"));
            }
        }
        TagSet add = tagSet(root, "add", true, errors);
        TagSet remove = tagSet(root, "remove", false, errors);
        if (errors.isEmpty() && add.isEmpty() && remove.isEmpty()) {
            errors.add(new FieldError("", "a correction adds or removes at least one tag"));
        }
        String both = errors.isEmpty() ? TagCorrection.inBoth(add, remove) : null;
        if (both != null) {
            int slash = both.indexOf('/');
            errors.add(new FieldError("remove/" + both.substring(0, slash),
                    "'" + both.substring(slash + 1) + "' is also in add: a tag is either added or removed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCorrectionException(errors);
        }
        return new Correction(add, remove);
    }

    private static TagSet tagSet(JsonNode root, String field, boolean adding, List<FieldError> errors) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return TagSet.EMPTY;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(field, "must be an object of tag lists: people, countries, organisations, topics"));
            return TagSet.EMPTY;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String list = names.next();
            if (!LISTS.contains(list)) {
                errors.add(new FieldError(field + "/" + list, "is not a tag list: people, countries, organisations or topics"));
            }
        }
        return new TagSet(
                list(node, field, "people", errors, (tag, path) -> person(tag, path, adding, errors), TagSet.PersonTag::key),
                list(node, field, "countries", errors, (tag, path) -> country(tag, path, adding, errors), TagSet.CountryTag::key),
                list(node, field, "organisations", errors, (tag, path) -> organisation(tag, path, adding, errors),
                        TagSet.OrganisationTag::key),
                list(node, field, "topics", errors, (tag, path) -> topic(tag, path, adding, errors), TagSet.TopicTag::key));
    }

    private interface TagReader<T> {
        /** The tag at {@code path}, or null when it is at fault (its errors are recorded). */
        T read(JsonNode tag, String path);
    }

    private static <T> List<T> list(JsonNode parent, String field, String name, List<FieldError> errors, TagReader<T> reader,
            Function<T, String> key) {
        JsonNode node = parent.get(name);
        String path = field + "/" + name;
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError(path, "must be an array of tags"));
            return List.of();
        }
        if (node.size() > MAX_TAGS) {
            errors.add(new FieldError(path, "must hold at most " + MAX_TAGS + " tags"));
            return List.of();
        }
        List<T> tags = new ArrayList<>(node.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "/" + i;
            if (!node.get(i).isObject()) {
                errors.add(new FieldError(at, "must be a tag object"));
                continue;
            }
            T tag = reader.read(node.get(i), at);
            if (tag != null && !keys.add(key.apply(tag))) {
                errors.add(new FieldError(at, "repeats a tag listed before it"));
            } else if (tag != null) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static TagSet.PersonTag person(JsonNode tag, String path, boolean adding, List<FieldError> errors) {
        int before = errors.size();
        String name = text(tag, path, "name", true, errors);
        String wikidata = adding ? qid(tag, path, errors) : null;
        String kbId = adding ? kbId(tag, path, errors) : null;
        return errors.size() > before ? null : new TagSet.PersonTag(name, wikidata, kbId, 0, null);
    }

    private static TagSet.OrganisationTag organisation(JsonNode tag, String path, boolean adding, List<FieldError> errors) {
        int before = errors.size();
        String name = text(tag, path, "name", true, errors);
        String wikidata = adding ? qid(tag, path, errors) : null;
        String kbId = adding ? kbId(tag, path, errors) : null;
        return errors.size() > before ? null : new TagSet.OrganisationTag(name, wikidata, kbId, null);
    }

    private static TagSet.CountryTag country(JsonNode tag, String path, boolean adding, List<FieldError> errors) {
        int before = errors.size();
        String code = text(tag, path, "code", true, errors);
        if (code != null && !COUNTRY_CODES.contains(code)) {
            errors.add(new FieldError(path + "/code", "must be an ISO 3166-1 alpha-2 code in capitals, such as UA"));
        }
        String name = adding ? text(tag, path, "name", true, errors) : null;
        String wikidata = adding ? qid(tag, path, errors) : null;
        return errors.size() > before ? null : new TagSet.CountryTag(code, name, wikidata, null);
    }

    private static TagSet.TopicTag topic(JsonNode tag, String path, boolean adding, List<FieldError> errors) {
        int before = errors.size();
        String code = text(tag, path, "code", true, errors);
        if (code != null && !code.matches("medtop:[0-9]{8}")) {
            errors.add(new FieldError(path + "/code", "must be an IPTC Media Topic code such as medtop:16000000"));
        }
        String label = adding ? text(tag, path, "label", true, errors) : null;
        double score = adding ? score(tag, path, errors) : 1.0;
        return errors.size() > before ? null : new TagSet.TopicTag(code, label, score, null);
    }

    private static String text(JsonNode tag, String path, String field, boolean required, List<FieldError> errors) {
        JsonNode node = tag.get(field);
        String at = path + "/" + field;
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError(at, "is required"));
            }
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            errors.add(new FieldError(at, "must be a non-empty string"));
            return null;
        }
        UpdateRequestReader.checkPrintable(at, node.textValue(), MAX_NAME, errors);
        return node.textValue().strip();
    }

    private static String qid(JsonNode tag, String path, List<FieldError> errors) {
        String qid = text(tag, path, "wikidata", false, errors);
        if (qid != null && !KbEntity.isQid(qid)) {
            errors.add(new FieldError(path + "/wikidata", "must be a Wikidata item id such as Q42"));
        }
        return qid;
    }

    private static String kbId(JsonNode tag, String path, List<FieldError> errors) {
        String id = text(tag, path, "kbId", false, errors);
        if (id != null && !KbEntity.isEntityId(id)) {
            errors.add(new FieldError(path + "/kbId", "must be a knowledge-base id: a QID or a lower-case slug such as city-hall"));
        }
        return id;
    }

    private static double score(JsonNode tag, String path, List<FieldError> errors) {
        JsonNode node = tag.get("score");
        if (node == null || node.isNull()) {
            return 1.0;
        }
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            errors.add(new FieldError(path + "/score", "must be a number from 0 to 1"));
            return 1.0;
        }
        return node.doubleValue();
    }
}
