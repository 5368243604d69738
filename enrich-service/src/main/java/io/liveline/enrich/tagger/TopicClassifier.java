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
 * Scores IPTC Media Topics from the evidence of one post: weighted cue phrases (stronger in the
 * headline), the organisations it names, and the topics its live blog carried lately. A topic's
 * evidence adds up to a total; its score is the share of topics with that total that were right on
 * the sets the tagger was tuned on (a monotone piecewise-linear calibration), so a score of 0.5 is
 * right about as often as wrong. Kept topics bring all
 * their broader topics, each scored at least as high.
 */
final class TopicClassifier {

    /**
     * Calibration knots: total evidence weight and the share of topics with that total that were
     * right on the tuned-on sets (measured by TopicCalibrationTest, see README); linear between.
     */
    private static final double[] TOTALS = {0, 0.6, 0.8, 1.0, 1.3, 1.5, 2.0, 3.0};
    private static final double[] RIGHT = {0.01, 0.04, 0.58, 0.68, 0.75, 0.86, 0.94, 0.99};
    /** Weight of housekeeping phrases that makes a post page furniture. */
    static final double HOUSEKEEPING = 0.8;
    /** The score a topic needs to be tagged. */
    static final double MIN_SCORE = 0.5;
    /** A cue in the headline weighs this much more: the headline says what the post is about. */
    static final double HEADLINE_FACTOR = 1.5;
    /** Most a live blog's recent topics add to a topic the post itself gives evidence for. */
    static final double PRIOR_WEIGHT = 0.3;

    private final KnowledgeBase kb;
    private final double minScore;
    private final Map<String, List<String>> ancestors = new HashMap<>();

    TopicClassifier(KnowledgeBase kb, double minScore) {
        this.kb = kb;
        this.minScore = minScore;
        for (Topic t : kb.topics().values()) {
            List<String> chain = new ArrayList<>();
            for (String p = t.parent(); p != null; p = kb.topics().get(p).parent()) {
                chain.add(p);
            }
            ancestors.put(t.code(), List.copyOf(chain));
        }
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

    /** The calibrated score of a topic whose evidence weighs {@code total}. */
    static double score(double total) {
        if (total <= TOTALS[0]) {
            return RIGHT[0];
        }
        for (int i = 1; i < TOTALS.length; i++) {
            if (total <= TOTALS[i]) {
                double f = (total - TOTALS[i - 1]) / (TOTALS[i] - TOTALS[i - 1]);
                return RIGHT[i - 1] + f * (RIGHT[i] - RIGHT[i - 1]);
            }
        }
        return RIGHT[RIGHT.length - 1];
    }

    /**
     * Topics of a post, best first. {@code headlineEnd} is the offset where the headline ends in
     * the document (0 without one); {@code recent} is the live blog's memory, or null.
     */
    List<TopicTag> classify(Document d, int headlineEnd, List<Evidence> evidence, LiveblogTopics recent) {
        Map<String, Double> totals = new HashMap<>();
        Map<String, List<Evidence>> why = new HashMap<>();
        Map<String, List<CueHit>> hits = new HashMap<>();
        addCues(d, headlineEnd, totals, hits);
        addOrganisations(evidence, totals, why);
        double housekeeping = totals.getOrDefault(TopicCue.HOUSEKEEPING, 0.0);
        totals.remove(TopicCue.HOUSEKEEPING);
        double best = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // A post that is mostly page furniture ("welcome to our live coverage") has no topics.
        if (housekeeping >= HOUSEKEEPING && best <= housekeeping) {
            return List.of();
        }
        if (recent != null) {
            addPrior(recent, totals, why);
        }
        Map<String, Double> kept = new LinkedHashMap<>();
        totals.forEach((code, total) -> {
            double s = score(total);
            if (s >= minScore) {
                kept.merge(code, s, Math::max);
                for (CueHit h : hits.getOrDefault(code, List.of())) {
                    evidence.add(d.evidence(Evidence.Field.TOPICS, code, h.from(), h.to(),
                            (h.headline() ? "headline-cue:" : "cue:") + h.cue().phrase()));
                }
                why.getOrDefault(code, List.of()).forEach(evidence::add);
            }
        });
        for (Map.Entry<String, Double> e : List.copyOf(kept.entrySet())) {
            for (String broader : ancestors.get(e.getKey())) {
                // A broader topic is at least as likely as a narrower one.
                if (!kept.containsKey(broader)) {
                    evidence.add(new Evidence(Evidence.Field.TOPICS, broader, -1, -1, "", "parent-of:" + e.getKey()));
                }
                kept.merge(broader, e.getValue(), Math::max);
            }
        }
        List<TopicTag> out = new ArrayList<>();
        kept.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.add(new TopicTag(e.getKey(), kb.topics().get(e.getKey()).label(),
                        Math.round(e.getValue() * 1000) / 1000.0)));
        return out;
    }

    /** A cue found in the post; its evidence is only written out if its topic is kept. */
    private record CueHit(int from, int to, TopicCue cue, boolean headline) {
    }

    private void addCues(Document d, int headlineEnd, Map<String, Double> totals, Map<String, List<CueHit>> hits) {
        List<Token> stemmed = new ArrayList<>(d.size());
        for (Token t : d.tokens()) {
            stemmed.add(new Token(t.start(), t.end(), stem(t.norm()), t.cap(), t.upper(), t.sentenceStart()));
        }
        Set<TopicCue> seen = new HashSet<>();
        Map<String, boolean[]> used = new HashMap<>();
        List<TokenTrie.Match<TopicCue>> matches = kb.cues().findEvery(stemmed);
        // Longest first: within one topic, "defence secretary" hides the "defence" inside it.
        matches.sort((a, b) -> Integer.compare(b.to() - b.from(), a.to() - a.from()));
        for (TokenTrie.Match<TopicCue> m : matches) {
            boolean inHeadline = stemmed.get(m.from()).start() < headlineEnd;
            for (TopicCue c : m.values()) {
                boolean[] taken = used.computeIfAbsent(c.code(), k -> new boolean[stemmed.size()]);
                if (overlaps(taken, m.from(), m.to())) {
                    continue;
                }
                Arrays.fill(taken, m.from(), m.to(), true);
                // Each cue counts once, so a long post repeating "war" is not more about war; a
                // headline cue counts once, at its headline weight.
                if (seen.add(c)) {
                    double w = inHeadline && c.weight() > 0 ? c.weight() * HEADLINE_FACTOR : c.weight();
                    totals.merge(c.code(), w, Double::sum);
                    hits.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(new CueHit(m.from(), m.to(), c, inHeadline));
                }
            }
        }
    }

    private void addOrganisations(List<Evidence> evidence, Map<String, Double> totals, Map<String, List<Evidence>> why) {
        Set<String> orgsSeen = new HashSet<>();
        for (Evidence e : List.copyOf(evidence)) {
            if (e.field() != Evidence.Field.ORGANISATIONS || !orgsSeen.add(e.tag())) {
                continue;
            }
            Organisation org = kb.orgs().get(e.tag());
            Map<String, Double> signals = org != null ? org.topics() : headSignals(e.tag());
            signals.forEach((code, w) -> {
                totals.merge(code, w, Double::sum);
                add(why, code, new Evidence(Evidence.Field.TOPICS, code, e.start(), e.end(), e.span(), "entity:" + e.tag()));
            });
        }
    }

    /** Signals of an organisation found by its shape: those of its last two words, else its last word. */
    private Map<String, Double> headSignals(String name) {
        List<String> words = Tokenizer.words(name);
        int n = words.size();
        if (n >= 2) {
            Map<String, Double> two = kb.headTopics().get(words.get(n - 2) + " " + words.get(n - 1));
            if (two != null) {
                return two;
            }
        }
        return n == 0 ? Map.of() : kb.headTopics().getOrDefault(words.get(n - 1), Map.of());
    }

    private static void addPrior(LiveblogTopics recent, Map<String, Double> totals, Map<String, List<Evidence>> why) {
        // Only topics the post itself gives evidence for: annotation reads each post on its own,
        // so the blog's story makes a word count more, never adds a topic the post has no word for.
        for (Map.Entry<String, Double> e : totals.entrySet()) {
            double prior = Math.min(1, recent.weight(e.getKey()));
            if (e.getValue() > 0 && prior > 0) {
                e.setValue(e.getValue() + PRIOR_WEIGHT * prior);
                add(why, e.getKey(), new Evidence(Evidence.Field.TOPICS, e.getKey(), -1, -1, "", "liveblog-prior"));
            }
        }
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, List<Evidence>> why, String code, Evidence e) {
        why.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
    }
}
