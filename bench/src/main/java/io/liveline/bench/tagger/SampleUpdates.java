package io.liveline.bench.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * Live updates of about one kilobyte of plain text on varied stories, written for the benchmark,
 * so the tagger meets the mix of names, places and topics a real feed has.
 */
final class SampleUpdates {

    /** Paragraphs of different stories; each update joins several, starting at a different one. */
    private static final List<String> PARAGRAPHS = List.of(
            "Ukrainian officials said Russian drones struck energy facilities in Kharkiv and Odesa overnight, "
                    + "leaving thousands without power. Volodymyr Zelenskyy called on allies to speed up air defence deliveries.",
            "The Bank of England held interest rates at 4%, with governor Andrew Bailey warning that inflation "
                    + "would stay above target until next year. The pound rose against the dollar after the decision.",
            "Rescue teams in Valencia were still searching for survivors after flash floods swept through "
                    + "several towns, Spain's interior ministry said. The army has deployed hundreds of soldiers to help.",
            "Mark Rutte said NATO allies would meet in Brussels next week to discuss defence spending, as "
                    + "Washington pressed European members to raise their budgets to 5% of economic output.",
            "Polls have opened in Romania's presidential run-off, with the centrist mayor of Bucharest facing a "
                    + "nationalist rival. Turnout by midday was higher than in the first round, the electoral bureau said.",
            "Real Madrid beat Bayern Munich 2-1 at the Bernabeu to reach the Champions League final. Kylian Mbappe "
                    + "scored twice before Harry Kane pulled one back from the penalty spot in stoppage time.",
            "A judge at the Supreme Court in Washington questioned the administration's lawyers over the tariffs, "
                    + "which Donald Trump imposed under emergency powers. Shares in Tokyo and Seoul fell on the news.",
            "Chinese foreign minister Wang Yi met his Japanese counterpart in Tokyo for talks on trade and regional "
                    + "security, the first such visit in two years. The Kremlin said it was following the talks closely.");

    private SampleUpdates() {
    }

    /** {@code count} different updates of 1,000 to 1,100 characters each. */
    static List<String> oneKilobyte(int count) {
        List<String> updates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = i; text.length() < 1000; k++) {
                text.append(PARAGRAPHS.get(k % PARAGRAPHS.size())).append('\n');
            }
            updates.add(text.toString());
        }
        return updates;
    }
}
