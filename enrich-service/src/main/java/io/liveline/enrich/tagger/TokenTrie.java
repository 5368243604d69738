package io.liveline.enrich.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded word tokens: finds every knowledge-base phrase in a document in one
 * left-to-right pass (leftmost-longest), instead of one regular expression per entry.
 *
 * @param <V> what a phrase stands for
 */
final class TokenTrie<V> {

    /** Decides whether a stored value applies to the tokens {@code [from, to)} as written. */
    @FunctionalInterface
    interface Acceptor<V> {
        boolean accept(V value, List<Token> tokens, int from, int to);
    }

    /** A phrase found at tokens {@code [from, to)} with the values that applied there. */
    record Match<V>(int from, int to, List<V> values) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> next = new HashMap<>(4);
        private List<V> values = List.of();
    }

    private final Node<V> root = new Node<>();

    /** Adds a phrase given as folded tokens. */
    void add(List<String> words, V value) {
        if (words.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node<>());
        }
        List<V> values = new ArrayList<>(node.values);
        if (!values.contains(value)) {
            values.add(value);
        }
        node.values = List.copyOf(values);
    }

    /**
     * Non-overlapping matches, leftmost first and longest at each start. Only values the acceptor
     * allows count, so a lower-case "us" never matches the acronym "US".
     */
    List<Match<V>> findAll(List<Token> tokens, Acceptor<V> acceptor) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            Match<V> best = null;
            Node<V> node = root;
            for (int j = i; j < n; j++) {
                node = node.next.get(tokens.get(j).norm());
                if (node == null) {
                    break;
                }
                if (!node.values.isEmpty()) {
                    List<V> ok = accepted(node.values, tokens, i, j + 1, acceptor);
                    if (!ok.isEmpty()) {
                        best = new Match<>(i, j + 1, ok);
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Every phrase at every start, overlaps included (topic cues may nest: "end the war", "war"). */
    List<Match<V>> findEvery(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Node<V> node = root;
            for (int j = i; j < n; j++) {
                node = node.next.get(tokens.get(j).norm());
                if (node == null) {
                    break;
                }
                if (!node.values.isEmpty()) {
                    out.add(new Match<>(i, j + 1, node.values));
                }
            }
        }
        return out;
    }

    private static <V> List<V> accepted(List<V> values, List<Token> tokens, int from, int to,
            Acceptor<V> acceptor) {
        List<V> ok = null;
        for (int k = 0; k < values.size(); k++) {
            V v = values.get(k);
            if (acceptor.accept(v, tokens, from, to)) {
                if (ok == null) {
                    ok = new ArrayList<>(2);
                }
                ok.add(v);
            }
        }
        if (ok == null) {
            return List.of();
        }
        return ok.size() == values.size() ? values : ok;
    }
}
