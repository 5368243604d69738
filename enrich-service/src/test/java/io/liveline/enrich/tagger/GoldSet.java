package io.liveline.enrich.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveline.events.TagSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the tagger against a gold JSONL file the way shared/eval/score.py does: micro precision,
 * recall and F1 per field; names compared case- and diacritics-insensitively; topics as codes.
 * The sets are labelled with the guideline's 40 topics, so each predicted topic is first replaced by
 * its nearest guideline topic (itself or a broader one; "soccer" counts as "sport"), as score.py
 * would count any other code as a false positive.
 */
final class GoldSet {

    static final List<String> FIELDS = List.of("people", "countries", "organisations", "topics");

    /** One gold post: its text and the labels per field. */
    record Post(String id, String text, Map<String, List<String>> labels) {
    }

    /** Micro counts for one field; {@code unknown*} count the gold names the knowledge base does not hold. */
    static final class Tally {
        int tp;
        int gold;
        int pred;
        int unknownGold;
        int unknownTp;

        double precision() {
            return pred == 0 ? 1 : (double) tp / pred;
        }

        double recall() {
            return gold == 0 ? 1 : (double) tp / gold;
        }

        /** Recall on the names only the detectors can find (1 when there are none). */
        double unknownRecall() {
            return unknownGold == 0 ? 1 : (double) unknownTp / unknownGold;
        }

        double f1() {
            double p = pred == 0 ? 0 : (double) tp / pred;
            double r = gold == 0 ? 0 : (double) tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("gold=%d pred=%d tp=%d P=%.3f R=%.3f F1=%.3f unknown-to-kb=%d recall=%.3f",
                    gold, pred, tp, precision(), recall(), f1(), unknownGold, unknownRecall());
        }
    }

    private static final KnowledgeBase KB = KnowledgeBaseLoader.load();

    private GoldSet() {
    }

    /**
     * The post's topics as guideline topics: each replaced by itself or its nearest broader one in
     * the list. The guideline lists a narrower topic with its top level only, so a guideline topic
     * between them ("economy" above "monetary policy") counts only when its own evidence scored it
     * higher than the narrower topic that brought it.
     */
    static List<String> guidelineTopics(TagSet tags) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (TagSet.TopicTag t : tags.topics()) {
            String g = guideline(t.code());
            if (g != null) {
                scores.merge(g, t.score(), Math::max);
            }
        }
        Set<String> out = new java.util.LinkedHashSet<>(scores.keySet());
        for (String code : scores.keySet()) {
            for (String p = KB.topics().get(code).parent(); p != null; p = KB.topics().get(p).parent()) {
                String g = guideline(p);
                if (g != null && KB.topics().get(g).parent() != null && scores.get(g) != null
                        && scores.get(g) <= scores.get(code)) {
                    out.remove(g);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String guideline(String code) {
        Topic topic = KB.topics().get(code);
        while (topic != null && !topic.guideline()) {
            topic = topic.parent() == null ? null : KB.topics().get(topic.parent());
        }
        return topic == null ? null : topic.code();
    }

    static List<Post> read(Path file) {
        ObjectMapper om = new ObjectMapper();
        List<Post> posts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = om.readTree(line);
                Map<String, List<String>> labels = new LinkedHashMap<>();
                for (String f : FIELDS) {
                    List<String> values = new ArrayList<>();
                    n.path(f).forEach(v -> values.add(v.asText()));
                    labels.put(f, values);
                }
                posts.add(new Post(n.get("id").asText(), n.get("text").asText(), labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return posts;
    }

    /**
     * Writes the tagger's predictions for the posts in the shape {@code shared/eval/score.py}
     * reads, so the figures can be checked with the official scorer too.
     */
    static void writePredictions(Tagger tagger, List<Post> posts, Path file) {
        ObjectMapper om = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Post post : posts) {
            TagSet tags = tagger.tag(null, post.text()).tags();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", post.id());
            line.put("people", tags.people().stream().map(TagSet.PersonTag::name).toList());
            line.put("countries", tags.countries().stream().map(TagSet.CountryTag::code).toList());
            line.put("organisations", tags.organisations().stream().map(TagSet.OrganisationTag::name).toList());
            line.put("topics", guidelineTopics(tags));
            try {
                lines.add(om.writeValueAsString(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tags the posts of a gold file with a fresh tagger, writes the predictions to
     * {@code target/<set>-predictions.jsonl} for score.py, and returns the tallies per field.
     */
    static Map<String, Tally> scoreFile(Path file) {
        Tagger tagger = Tagger.fromClasspath();
        List<Post> posts = read(file);
        writePredictions(tagger, posts, Path.of("target", file.getFileName().toString().replace(".jsonl", "-predictions.jsonl")));
        return score(tagger, KnowledgeBaseLoader.load(), posts);
    }

    /** Tags every post and returns the tallies per field, printing the misses and extras. */
    static Map<String, Tally> score(Tagger tagger, KnowledgeBase kb, List<Post> posts) {
        return score(tagger, kb, posts, true);
    }

    /**
     * As {@link #score(Tagger, KnowledgeBase, List)}; without {@code printErrors} only the totals
     * are printed (for a held-aside set, whose single errors must not steer the rules).
     */
    static Map<String, Tally> score(Tagger tagger, KnowledgeBase kb, List<Post> posts, boolean printErrors) {
        Map<String, String> topicCodes = new LinkedHashMap<>();
        kb.topics().values().forEach(t -> {
            topicCodes.put(norm(t.label()), t.code());
            topicCodes.put(norm(t.code()), t.code());
        });
        topicCodes.put("politics and government", "medtop:11000000");
        topicCodes.put("national security", "medtop:20000598");
        Map<String, Tally> tallies = new LinkedHashMap<>();
        FIELDS.forEach(f -> tallies.put(f, new Tally()));
        for (Post post : posts) {
            TaggingResult r = tagger.tag(null, post.text());
            Map<String, Set<String>> predicted = new LinkedHashMap<>();
            predicted.put("people", normAll(r.tags().people().stream().map(p -> p.name()).toList(), null));
            predicted.put("countries", normAll(r.tags().countries().stream().map(c -> c.code()).toList(), null));
            predicted.put("organisations", normAll(r.tags().organisations().stream().map(o -> o.name()).toList(), null));
            predicted.put("topics", normAll(guidelineTopics(r.tags()), topicCodes));
            for (String f : FIELDS) {
                Set<String> gold = normAll(post.labels().get(f), f.equals("topics") ? topicCodes : null);
                Set<String> pred = predicted.get(f);
                Tally t = tallies.get(f);
                Set<String> hit = new HashSet<>(gold);
                hit.retainAll(pred);
                t.tp += hit.size();
                t.gold += gold.size();
                t.pred += pred.size();
                for (String name : gold) {
                    if (!knownToKb(kb, f, name)) {
                        t.unknownGold++;
                        t.unknownTp += hit.contains(name) ? 1 : 0;
                    }
                }
                if (printErrors && (!hit.equals(gold) || !hit.equals(pred))) {
                    Set<String> missed = new HashSet<>(gold);
                    missed.removeAll(pred);
                    Set<String> extra = new HashSet<>(pred);
                    extra.removeAll(gold);
                    System.out.printf("[%s] %s missed=%s extra=%s%n", post.id(), f, missed, extra);
                }
            }
        }
        tallies.forEach((f, t) -> System.out.printf("%-14s %s%n", f, t));
        return tallies;
    }

    /** Whether a (normalised) gold person or organisation is a name or alias in the knowledge base. */
    private static boolean knownToKb(KnowledgeBase kb, String field, String name) {
        Alias.Kind kind = switch (field) {
            case "people" -> Alias.Kind.PERSON;
            case "organisations" -> Alias.Kind.ORG;
            default -> null;
        };
        if (kind == null) {
            return true;
        }
        String key = Normaliser.key(name);
        List<Alias> aliases = kb.aliases().get(key.startsWith("the ") ? key.substring(4) : key);
        return aliases != null && aliases.stream().anyMatch(a -> a.kind() == kind);
    }

    private static Set<String> normAll(List<String> values, Map<String, String> topicCodes) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            String n = norm(v);
            out.add(topicCodes == null ? n : topicCodes.getOrDefault(n, "?" + n));
        }
        return out;
    }

    /** score.py's norm_text: quotes and dashes unified, no diacritics, case-folded, spaces collapsed. */
    static String norm(String value) {
        String s = value.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u02bc', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ')
                .replaceAll("[\u2010-\u2014]", "-");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return String.join(" ", s.toLowerCase().trim().split("\\s+"));
    }

    /** Walks up from the working directory to find {@code relative}; null when absent. */
    static Path findUp(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
