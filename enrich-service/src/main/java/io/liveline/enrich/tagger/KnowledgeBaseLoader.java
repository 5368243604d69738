package io.liveline.enrich.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the {@code kb/} files from the classpath into a {@link KnowledgeBase}. File formats are
 * described in README-tagger.md and in each file's header comment.
 */
final class KnowledgeBaseLoader {

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Organisation> orgs = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, List<Alias>> aliases = new LinkedHashMap<>();
    private final TokenTrie<TopicCue> cues = new TokenTrie<>();
    private final Set<String> givenNames = new HashSet<>();

    private KnowledgeBaseLoader() {
    }

    /** Loads every file under {@code kb/} with this class's class loader. */
    static KnowledgeBase load() {
        return new KnowledgeBaseLoader().loadAll();
    }

    private KnowledgeBase loadAll() {
        for (String[] f : rows("countries.tsv", 5)) {
            countries.put(f[0], new Country(f[0], f[1], blankToNull(f[2])));
            alias(f[1], Alias.Kind.COUNTRY, f[0]);
            each(f[3], a -> alias(a, Alias.Kind.COUNTRY, f[0]));
            each(f[4], a -> alias(a, Alias.Kind.DEMONYM, f[0]));
        }
        for (String[] f : rows("places.tsv", 3)) {
            Alias.Kind kind = Alias.Kind.valueOf(f[1].toUpperCase());
            each(f[2], a -> alias(a, kind, f[0]));
        }
        for (String[] f : rows("organisations.tsv", 5)) {
            // "~CA" marks a home country that is not an institution's state (a party, a club).
            String country = f[2].startsWith("~") ? null : blankToNull(f[2]);
            String home = f[2].startsWith("~") ? f[2].substring(1) : country;
            orgs.put(f[0], new Organisation(f[0], blankToNull(f[1]), country, home, weights(f[4])));
            alias(f[0], Alias.Kind.ORG, f[0]);
            each(f[3], a -> alias(a, Alias.Kind.ORG, f[0]));
        }
        List<Map.Entry<String, String>> pending = new ArrayList<>();
        for (String[] f : rows("people.tsv", 4)) {
            people.put(f[0], new Person(f[0], blankToNull(f[1])));
            alias(f[0], Alias.Kind.PERSON, f[0]);
            each(f[2], a -> alias(a, Alias.Kind.PERSON, f[0]));
            List<String> words = Tokenizer.words(f[0]);
            givenNames.add(words.get(0));
            if (!f[3].contains("nosurname") && words.size() > 1) {
                pending.add(Map.entry(f[0].substring(f[0].lastIndexOf(' ') + 1), f[0]));
            }
        }
        givenNames.addAll(words("given-names.txt"));
        givenNames.addAll(words("given-names-world.txt"));
        // A surname that is also a given name ("James", "Cameron") names too many people to stand
        // alone; such mentions resolve only to a full name in the same post.
        for (Map.Entry<String, String> e : pending) {
            if (!givenNames.contains(Normaliser.key(e.getKey()))) {
                alias(e.getKey(), Alias.Kind.SURNAME, e.getValue());
            }
        }
        for (String line : lines("blocked.txt")) {
            alias(line, Alias.Kind.BLOCK, null);
        }
        for (String[] f : rows("topics.tsv", 3)) {
            topics.put(f[0], new Topic(f[0], f[1], blankToNull(f[2])));
        }
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
        TokenTrie<Alias> entities = new TokenTrie<>();
        aliases.forEach((key, list) -> list.forEach(a -> entities.add(Tokenizer.words(key), a)));
        return new KnowledgeBase(Map.copyOf(countries), Map.copyOf(orgs), Map.copyOf(people),
                Map.copyOf(topics), Map.copyOf(aliases), entities, cues, Set.copyOf(givenNames),
                union(words("titles.txt"), words("roles.txt")), words("not-names.txt"), phrases("ambiguous.txt"),
                union(words("org-heads.txt"), words("company-heads.txt")));
    }

    private void alias(String phrase, Alias.Kind kind, String target) {
        String key = Normaliser.key(phrase);
        if (key.startsWith("the ")) {
            key = key.substring(4); // "the Kremlin": text often writes "The Kremlin" or "Kremlin"
        }
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

    private static Map<String, Double> weights(String field) {
        Map<String, Double> out = new LinkedHashMap<>();
        each(field, kv -> {
            int eq = kv.lastIndexOf('=');
            out.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
        });
        return Map.copyOf(out);
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
