package io.liveline.enrich.tagger;

import io.liveline.events.TagSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people one live blog has named in full so far, by surname, so that a later post saying only
 * "Heappey" names James Heappey. Bounded: past {@code capacity} surnames the least recently used is
 * forgotten, so a long-running blog costs a fixed amount of memory. Thread-safe.
 */
public final class LiveblogPeople {

    // Marks a surname shared by two people of the blog: it then names neither.
    private static final String SHARED = "";

    private final Map<String, String> bySurname;

    public LiveblogPeople(int capacity) {
        this.bySurname = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The full name an earlier post gave for this folded surname, or null if none or several. */
    synchronized String fullName(String foldedSurname) {
        String name = bySurname.get(foldedSurname);
        return name == null || name.equals(SHARED) ? null : name;
    }

    /** Remembers the people of a tagged post that have a given name and a surname. */
    public synchronized void remember(TagSet tags) {
        for (TagSet.PersonTag person : tags.people()) {
            // Styles like "Abdullah II of Jordan" or "Charles, Prince of Wales" have no surname.
            if (person.name().contains(",") || person.name().contains(" of ")) {
                continue;
            }
            List<String> words = Tokenizer.words(person.name());
            if (words.size() > 1) {
                bySurname.merge(words.get(words.size() - 1), person.name(),
                        (known, added) -> known.equals(added) ? known : SHARED);
            }
        }
    }
}
