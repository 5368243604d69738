package io.liveline.bench.tagger;

import io.liveline.enrich.tagger.SeedEntities;
import io.liveline.events.KbEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The shipped knowledge base plus {@code n} entities shaped like a Wikidata import (seven people in
 * ten, two organisations, one place; a third with an alias), with made-up names that mostly do not
 * occur in the sample updates: the cost of a bigger KB, not of more matches.
 */
final class ImportedEntities {

    private static final String[] GIVEN = ("Ada Bela Cato Dario Elif Farah Goran Hana Ilse Jonas Kira Lior Mateo Nadia "
            + "Oskar Petra Quinn Rafael Sanna Tomas Una Viktor Wanda Xenia Yusuf Zora Amara Bruno Celia Dmitri Esme Femi "
            + "Greta Hugo Ines Jasper Kofi Lena Milo Noor Otto Priya Rosa Stellan Thea Ugo Vera Wim Yara Zeno").split(" ");
    private static final String[] SYLLABLES = ("bar ven tol mi sa ko re lin dor as ul fen gri ho pa vel tur no ek si "
            + "ra mon del quin har bo zet lu cam ber").split(" ");
    private static final String[] ORG_KINDS = {"Council", "Party", "Institute", "Foundation", "Football Club",
            "Agency", "Union", "Bank"};
    private static final String[] COUNTRIES = {"GB", "FR", "DE", "PL", "UA", "US", "BR", "NG", "IN", "JP"};

    private ImportedEntities() {
    }

    static List<KbEntity> shippedPlus(int n) {
        List<KbEntity> out = new ArrayList<>(SeedEntities.fromClasspath());
        int size = out.size() + n;
        Random random = new Random(15);
        Set<String> names = new HashSet<>();
        for (int i = 0; out.size() < size; i++) {
            String qid = "Q" + (900_000_000 + i);
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            int roll = random.nextInt(10);
            String word = word(random);
            String name = roll < 7 ? GIVEN[random.nextInt(GIVEN.length)] + " " + word
                    : roll < 9 ? word + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)] : word + "ville";
            if (!names.add(name)) {
                continue;
            }
            List<String> aliases = random.nextInt(3) == 0 ? List.of(name + " " + word(random)) : List.of();
            KbEntity.Type type = roll < 7 ? KbEntity.Type.PERSON : roll < 9 ? KbEntity.Type.ORGANISATION : KbEntity.Type.PLACE;
            out.add(new KbEntity(qid, type, name, aliases, qid, country,
                    type == KbEntity.Type.PLACE ? List.of("city") : List.of(), null));
        }
        return out;
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }
}
