package io.liveline.feed.correction;

import io.liveline.events.TagCorrection;
import io.liveline.events.TagSet;
import io.liveline.events.TagSet.CountryTag;
import io.liveline.events.TagSet.OrganisationTag;
import io.liveline.events.TagSet.PersonTag;
import io.liveline.events.TagSet.TopicTag;
import io.liveline.events.TagSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Every correction of one update so far, folded into the tags an editor added and the tags an
 * editor removed. Applying it to the tagger's tags of any version gives what readers see, so a
 * correction sticks across edits. Folding keeps the last word per tag: a later add of a removed tag
 * undoes the removal, a later removal of an added tag undoes the addition.
 */
public record TagEdits(TagSet add, TagSet remove) {

    public static final TagEdits NONE = new TagEdits(TagSet.EMPTY, TagSet.EMPTY);

    public TagEdits {
        add = add == null ? TagSet.EMPTY : add;
        remove = remove == null ? TagSet.EMPTY : remove;
    }

    /** These edits followed by a later correction. */
    public TagEdits then(TagCorrection c) {
        TagSet a = c.add();
        TagSet r = c.remove();
        return new TagEdits(
                new TagSet(last(add.people(), r.people(), a.people(), PersonTag::key),
                        last(add.countries(), r.countries(), a.countries(), CountryTag::key),
                        last(add.organisations(), r.organisations(), a.organisations(), OrganisationTag::key),
                        last(add.topics(), r.topics(), a.topics(), TopicTag::key)),
                new TagSet(last(remove.people(), a.people(), r.people(), PersonTag::key),
                        last(remove.countries(), a.countries(), r.countries(), CountryTag::key),
                        last(remove.organisations(), a.organisations(), r.organisations(), OrganisationTag::key),
                        last(remove.topics(), a.topics(), r.topics(), TopicTag::key)));
    }

    /**
     * The tags readers see: {@code found} without the removed tags, with each added tag in place of
     * the found one it names (keeping what only the tagger knows, such as mentions) or after them.
     * Applying the same edits again changes nothing, so they may be applied to tags already edited.
     */
    public TagSet applyTo(TagSet found) {
        return new TagSet(
                merge(found.people(), add.people(), remove.people(), PersonTag::key, (tag, editor) -> new PersonTag(
                        editor.name(), or(editor.wikidata(), tag.wikidata()), or(editor.kbId(), tag.kbId()), tag.mentions(),
                        TagSource.EDITOR)),
                merge(found.countries(), add.countries(), remove.countries(), CountryTag::key, (tag, editor) -> new CountryTag(
                        editor.code(), editor.name(), or(editor.wikidata(), tag.wikidata()), TagSource.EDITOR)),
                merge(found.organisations(), add.organisations(), remove.organisations(), OrganisationTag::key,
                        (tag, editor) -> new OrganisationTag(editor.name(), or(editor.wikidata(), tag.wikidata()),
                                or(editor.kbId(), tag.kbId()), TagSource.EDITOR)),
                merge(found.topics(), add.topics(), remove.topics(), TopicTag::key, (tag, editor) -> editor));
    }

    /** {@code before} without the tags {@code undone} or {@code latest} name, then {@code latest}. */
    private static <T> List<T> last(List<T> before, List<T> undone, List<T> latest, Function<T, String> key) {
        Set<String> named = keys(undone, key);
        named.addAll(keys(latest, key));
        List<T> out = new ArrayList<>(before.size() + latest.size());
        before.stream().filter(tag -> !named.contains(key.apply(tag))).forEach(out::add);
        out.addAll(latest);
        return out;
    }

    private static <T> List<T> merge(List<T> found, List<T> added, List<T> removed, Function<T, String> key,
            BinaryOperator<T> confirm) {
        if (added.isEmpty() && removed.isEmpty()) {
            return found;
        }
        Set<String> gone = keys(removed, key);
        Map<String, T> editors = new LinkedHashMap<>();
        added.forEach(tag -> editors.put(key.apply(tag), tag));
        List<T> out = new ArrayList<>(found.size() + added.size());
        for (T tag : found) {
            String k = key.apply(tag);
            if (!gone.contains(k)) {
                T editor = editors.remove(k);
                out.add(editor == null ? tag : confirm.apply(tag, editor));
            }
        }
        out.addAll(editors.values());
        return out;
    }

    private static <T> Set<String> keys(List<T> tags, Function<T, String> key) {
        Set<String> keys = new HashSet<>();
        tags.forEach(tag -> keys.add(key.apply(tag)));
        return keys;
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
