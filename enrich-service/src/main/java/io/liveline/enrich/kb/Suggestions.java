package io.liveline.enrich.kb;

import io.liveline.enrich.tagger.Normaliser;
import io.liveline.events.EnrichedUpdate;
import io.liveline.events.TagSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the tagger found but the knowledge base does not hold, counted per live blog and day (UTC)
 * as distinct updates that name them, each with an example sentence: what editors might add next.
 * Fed from the enriched topic on every replica, so every replica answers alike. Bounded: days
 * older than {@link #DAYS} are dropped, and a live blog's day keeps at most {@link #NAMES_PER_DAY}.
 */
@ApplicationScoped
public class Suggestions {

    static final int DAYS = 14;
    static final int NAMES_PER_DAY = 500;
    private static final int MAX_EXAMPLE = 300;

    private final KnowledgeFollower knowledge;
    private final Map<Key, Map<String, Tally>> days = new HashMap<>();

    public Suggestions(KnowledgeFollower knowledge) {
        this.knowledge = knowledge;
    }

    /** Counts the unknown names of one enriched update. */
    public void count(EnrichedUpdate enriched) {
        TagSet tags = enriched.tags();
        if (tags.people().isEmpty() && tags.organisations().isEmpty() || !knowledge.isReady()) {
            return;
        }
        KnowledgeSnapshot kb = knowledge.current();
        LocalDate day = LocalDate.ofInstant(enriched.update().publishedAt(), ZoneOffset.UTC);
        Key key = new Key(enriched.update().liveblogId(), day);
        String text = enriched.update().text() == null ? "" : enriched.update().text();
        synchronized (days) {
            days.keySet().removeIf(k -> k.day().isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(DAYS)));
            for (TagSet.PersonTag p : tags.people()) {
                add(kb, key, "person", p.name(), enriched.update().id(), text);
            }
            for (TagSet.OrganisationTag o : tags.organisations()) {
                add(kb, key, "organisation", o.name(), enriched.update().id(), text);
            }
        }
    }

    private void add(KnowledgeSnapshot kb, Key key, String type, String name, String updateId, String text) {
        if (kb.owner(Normaliser.phraseKey(name)) != null) {
            return;
        }
        Map<String, Tally> names = days.computeIfAbsent(key, k -> new HashMap<>());
        Tally tally = names.get(name);
        if (tally == null) {
            if (names.size() >= NAMES_PER_DAY) {
                return;
            }
            tally = new Tally(type, sentence(text, name));
            names.put(name, tally);
        }
        tally.updates.add(updateId);
    }

    /** The suggestions since a day, of one live blog or all (null), most frequent first. */
    public List<Suggestion> since(String liveblogId, LocalDate since) {
        List<Suggestion> out = new ArrayList<>();
        synchronized (days) {
            days.forEach((key, names) -> {
                if ((liveblogId == null || key.liveblogId().equals(liveblogId)) && !key.day().isBefore(since)) {
                    names.forEach((name, t) -> out.add(new Suggestion(name, t.type, key.liveblogId(), key.day(),
                            t.updates.size(), t.example)));
                }
            });
        }
        out.sort(Comparator.comparingInt(Suggestion::count).reversed().thenComparing(Suggestion::name));
        return out;
    }

    /** The sentence of {@code text} in which {@code name} first appears, shortened if long. */
    static String sentence(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return null;
        }
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at + name.length();
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String sentence = text.substring(start, Math.min(text.length(), end + 1)).strip();
        return sentence.length() <= MAX_EXAMPLE ? sentence : sentence.substring(0, MAX_EXAMPLE) + "…";
    }

    /** One name not in the knowledge base: how many updates of a live blog named it that day. */
    public record Suggestion(String name, String type, String liveblogId, LocalDate day, int count, String example) {
    }

    private record Key(String liveblogId, LocalDate day) {
    }

    private static final class Tally {
        final String type;
        final String example;
        final Set<String> updates = new HashSet<>();

        Tally(String type, String example) {
            this.type = type;
            this.example = example;
        }
    }
}
