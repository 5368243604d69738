package io.liveline.enrich.tagger;

import io.liveline.events.TagSet.TopicTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores IPTC Media Topics from weighted cue phrases and from the organisations a post names, keeps
 * those above a threshold and adds each kept topic's top-level parent.
 */
final class TopicClassifier {

    /** Cue weight a topic needs in total: 1 - e^-0.8 is the score threshold of about 0.55. */
    static final double THRESHOLD = 0.8;

    private final KnowledgeBase kb;

    TopicClassifier(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Folded, lightly stemmed words of a phrase ("talks" and "talk" meet). */
    static List<String> stems(String phrase) {
        List<String> out = Tokenizer.words(phrase);
        out.replaceAll(TopicClassifier::stem);
        return out;
    }

    private static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    List<TopicTag> classify(Document d, List<Evidence> evidence) {
        List<Token> stemmed = new ArrayList<>(d.size());
        for (Token t : d.tokens()) {
            stemmed.add(new Token(t.start(), t.end(), stem(t.norm()), t.cap(), t.upper(), t.sentenceStart()));
        }
        Map<String, Double> sums = new HashMap<>();
        Map<String, List<Evidence>> why = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, boolean[]> used = new HashMap<>();
        List<TokenTrie.Match<TopicCue>> matches = kb.cues().findEvery(stemmed);
        // Longest first: within one topic, "defence secretary" hides the "defence" inside it.
        matches.sort((a, b) -> Integer.compare(b.to() - b.from(), a.to() - a.from()));
        for (TokenTrie.Match<TopicCue> m : matches) {
            for (TopicCue c : m.values()) {
                boolean[] taken = used.computeIfAbsent(c.code(), k -> new boolean[stemmed.size()]);
                if (overlaps(taken, m.from(), m.to())) {
                    continue;
                }
                Arrays.fill(taken, m.from(), m.to(), true);
                // Each cue counts once, so a long post repeating "war" is not more about war.
                if (seen.add(c.code() + "|" + c.phrase())) {
                    add(sums, why, c.code(), c.weight(), d.evidence(Evidence.Field.TOPICS, c.code(), m.from(), m.to(),
                            "cue:" + c.phrase()));
                }
            }
        }
        Set<String> orgsSeen = new HashSet<>();
        for (Evidence e : List.copyOf(evidence)) {
            if (e.field() == Evidence.Field.ORGANISATIONS && orgsSeen.add(e.tag())) {
                Organisation org = kb.orgs().get(e.tag());
                if (org != null) {
                    org.topics().forEach((code, w) -> add(sums, why, code, w, new Evidence(Evidence.Field.TOPICS, code,
                            e.start(), e.end(), e.span(), "entity:" + org.name())));
                }
            }
        }
        double housekeeping = sums.getOrDefault(TopicCue.HOUSEKEEPING, 0.0);
        sums.remove(TopicCue.HOUSEKEEPING);
        double best = sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // A post that is mostly page furniture ("welcome to our live coverage") has no topics.
        if (housekeeping >= THRESHOLD && best <= housekeeping) {
            return List.of();
        }
        Map<String, Double> kept = new LinkedHashMap<>();
        sums.forEach((code, sum) -> {
            if (sum >= THRESHOLD) {
                kept.merge(code, score(sum), Math::max);
                why.get(code).forEach(evidence::add);
            }
        });
        for (Map.Entry<String, Double> e : List.copyOf(kept.entrySet())) {
            String parent = kb.topics().get(e.getKey()).parent();
            if (parent != null) {
                // The parent is at least as likely as its child.
                kept.merge(parent, e.getValue(), Math::max);
                if (sums.getOrDefault(parent, 0.0) < THRESHOLD) {
                    evidence.add(new Evidence(Evidence.Field.TOPICS, parent, -1, -1, "", "parent-of:" + e.getKey()));
                }
            }
        }
        List<TopicTag> out = new ArrayList<>();
        kept.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.add(new TopicTag(e.getKey(), kb.topics().get(e.getKey()).label(),
                        Math.round(e.getValue() * 1000) / 1000.0)));
        return out;
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static double score(double sum) {
        return 1 - Math.exp(-sum);
    }

    private static void add(Map<String, Double> sums, Map<String, List<Evidence>> why, String code,
            double weight, Evidence e) {
        sums.merge(code, weight, Double::sum);
        why.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
    }
}
