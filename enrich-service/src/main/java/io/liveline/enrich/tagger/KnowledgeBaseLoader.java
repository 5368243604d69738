package io.liveline.enrich.tagger;

import io.liveline.events.KbEntity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a {@link KnowledgeBase} from the knowledge base's entities (people, organisations, places)
 * and the fixed files under {@code kb/} (countries, topics and their cues, word lists). File formats
 * are described in README-tagger.md and in each file's header comment.
 */
final class KnowledgeBaseLoader {

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Organisation> orgs = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, List<Alias>> aliases = new LinkedHashMap<>();
    private final Set<String> givenNames = new HashSet<>();

    private KnowledgeBaseLoader() {
    }

    /** The shipped knowledge base: the fixed files and the entities of the seed files. */
    static KnowledgeBase load() {
        return load(SeedEntities.fromClasspath());
    }

    /**
     * A knowledge base of these entities and the fixed files. Places go in first, then
     * organisations, then people, each in the given order, as the seed files are read; which of two
     * entities sharing a phrase wins depends on that order.
     */
    static KnowledgeBase load(Collection<KbEntity> entities) {
        return new KnowledgeBaseLoader().loadAll(entities);
    }

    private KnowledgeBase loadAll(Collection<KbEntity> entities) {
        Fixed fixed = Fixed.INSTANCE;
        for (String[] f : fixed.countries()) {
            countries.put(f[0], new Country(f[0], f[1], blankToNull(f[2])));
            alias(f[1], Alias.Kind.COUNTRY, f[0]);
            each(f[3], a -> alias(a, Alias.Kind.COUNTRY, f[0]));
            each(f[4], a -> alias(a, Alias.Kind.DEMONYM, f[0]));
        }
        for (KbEntity e : ofType(entities, KbEntity.Type.PLACE)) {
            Alias.Kind kind = e.hasFlag("seat") ? Alias.Kind.SEAT : e.hasFlag("city") ? Alias.Kind.CITY : Alias.Kind.REGION;
            alias(e.name(), kind, e.country());
            e.aliases().forEach(a -> alias(a, kind, e.country()));
        }
        for (KbEntity e : ofType(entities, KbEntity.Type.ORGANISATION)) {
            boolean homeOnly = e.hasFlag("homeonly");
            orgs.put(e.name(), new Organisation(e.name(), e.wikidata(), homeOnly ? null : e.country(), e.country(),
                    e.topics(), e.id()));
            alias(e.name(), Alias.Kind.ORG, e.name());
            e.aliases().forEach(a -> alias(a, Alias.Kind.ORG, e.name()));
        }
        List<Map.Entry<String, String>> pending = new ArrayList<>();
        for (KbEntity e : ofType(entities, KbEntity.Type.PERSON)) {
            people.put(e.name(), new Person(e.name(), e.wikidata(), e.id()));
            alias(e.name(), Alias.Kind.PERSON, e.name());
            e.aliases().forEach(a -> alias(a, Alias.Kind.PERSON, e.name()));
            List<String> words = Tokenizer.words(e.name());
            if (words.isEmpty()) {
                continue;
            }
            givenNames.add(words.get(0));
            if (!e.hasFlag("nosurname") && words.size() > 1) {
                pending.add(Map.entry(e.name().substring(e.name().lastIndexOf(' ') + 1), e.name()));
            }
        }
        givenNames.addAll(fixed.givenNames());
        // A surname that is also a given name ("James", "Cameron") names too many people to stand
        // alone; such mentions resolve only to a full name in the same post.
        for (Map.Entry<String, String> e : pending) {
            if (!givenNames.contains(Normaliser.key(e.getKey()))) {
                alias(e.getKey(), Alias.Kind.SURNAME, e.getValue());
            }
        }
        for (String line : fixed.blocked()) {
            alias(line, Alias.Kind.BLOCK, null);
        }
        TokenTrie<Alias> trie = new TokenTrie<>();
        aliases.forEach((key, list) -> list.forEach(a -> trie.add(Tokenizer.words(key), a)));
        return new KnowledgeBase(Map.copyOf(countries), Map.copyOf(orgs), Map.copyOf(people), fixed.topics(),
                Map.copyOf(aliases), trie, fixed.cues(), Set.copyOf(givenNames), fixed.titles(), fixed.notNames(),
                fixed.ambiguous(), fixed.orgHeads(), fixed.headTopics());
    }

    private static List<KbEntity> ofType(Collection<KbEntity> entities, KbEntity.Type type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * What the {@code kb/} files give that no editor changes, read once per process: every rebuild
     * of the knowledge base shares it.
     */
    private record Fixed(List<String[]> countries, List<String> blocked, Map<String, Topic> topics,
            TokenTrie<TopicCue> cues, Set<String> givenNames, Set<String> titles, Set<String> notNames,
            Set<String> ambiguous, Set<String> orgHeads, Map<String, Map<String, Double>> headTopics) {

        static final Fixed INSTANCE = read();

        private static Fixed read() {
            Map<String, Topic> topics = new LinkedHashMap<>();
            for (String[] f : rows("topics.tsv", 4)) {
                topics.put(f[0], new Topic(f[0], f[1], blankToNull(f[2]), f[3].equals("guideline")));
            }
            TokenTrie<TopicCue> cues = new TokenTrie<>();
            Set<String> cueKeys = new HashSet<>();
            for (String[] f : rows("topic-cues.tsv", 3)) {
                double w = Double.parseDouble(f[1]);
                each(f[2], cue -> {
                    List<String> stems = TopicClassifier.stems(cue);
                    // "war" and "wars" stem alike: keep the first (files list strong cues first).
                    if (cueKeys.add(f[0] + "|" + stems)) {
                        cues.add(stems, new TopicCue(f[0], w, cue));
                    }
                });
            }
            Map<String, Map<String, Double>> headTopics = new LinkedHashMap<>();
            for (String[] f : rows("org-head-topics.tsv", 2)) {
                each(f[0], head -> headTopics.put(Normaliser.key(head), SeedEntities.weights(f[1])));
            }
            return new Fixed(rows("countries.tsv", 5), lines("blocked.txt"), Map.copyOf(topics), cues,
                    union(words("given-names.txt"), words("given-names-world.txt")),
                    union(words("titles.txt"), words("roles.txt")), words("not-names.txt"), phrases("ambiguous.txt"),
                    union(words("org-heads.txt"), words("company-heads.txt")), Map.copyOf(headTopics));
        }
    }

    private void alias(String phrase, Alias.Kind kind, String target) {
        String key = Normaliser.phraseKey(phrase);
        if (key.isEmpty()) {
            return;
        }
        boolean acronym = phrase.length() >= 2 && phrase.equals(phrase.toUpperCase())
                && phrase.chars().anyMatch(Character::isLetter);
        Alias a = new Alias(kind, target, acronym);
        List<Alias> list = aliases.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(a)) {
            list.add(a);
        }
    }

    private static void each(String field, Consumer<String> action) {
        for (String part : field.split("\\|")) {
            if (!part.isBlank()) {
                action.accept(part.strip());
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Tab-separated rows, padded to {@code columns}; '#' lines and blank lines are skipped. */
    static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] raw = line.split("\t", -1);
            String[] f = new String[columns];
            for (int i = 0; i < columns; i++) {
                f[i] = i < raw.length ? raw[i].strip() : "";
            }
            out.add(f);
        }
        return out;
    }

    /** Folded words of a word-list file (any whitespace separates words). */
    static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            for (String w : line.split("\\s+")) {
                out.add(Normaliser.key(w));
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Folded phrases of a one-phrase-per-line file. */
    static Set<String> phrases(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(Normaliser.key(line));
        }
        return Set.copyOf(out);
    }

    /** Non-blank, non-comment lines of {@code kb/file}. */
    static List<String> lines(String file) {
        String path = "kb/" + file;
        InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("knowledge-base file missing from classpath: " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }
}
