package io.liveline.enrich.tagger;

import io.liveline.events.KbEntity;
import io.liveline.events.KbEntity.Type;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities of the shipped {@code kb/} files (places, organisations, people), in file order, as
 * the records that seed {@code liveline.kb}. Ids are the QID where the file has one, else a slug of
 * the name; the same files always give the same ids, so two replicas seeding at once agree.
 */
public final class SeedEntities {

    private SeedEntities() {
    }

    /** Every entity of the shipped files: places, then organisations, then people. */
    public static List<KbEntity> fromClasspath() {
        Set<String> ids = new HashSet<>();
        List<KbEntity> out = new ArrayList<>();
        for (String[] f : KnowledgeBaseLoader.rows("places.tsv", 3)) {
            List<String> flags = f[1].equals("region") ? List.of() : List.of(f[1]);
            for (String name : split(f[2])) {
                out.add(new KbEntity(localId(name, ids), Type.PLACE, name, List.of(), null, f[0], flags, null));
            }
        }
        for (String[] f : KnowledgeBaseLoader.rows("organisations.tsv", 5)) {
            // "~CA" marks a home country that is not an institution's state (a party, a club).
            boolean homeOnly = f[2].startsWith("~");
            String country = blankToNull(homeOnly ? f[2].substring(1) : f[2]);
            out.add(new KbEntity(id(f[1], f[0], ids), Type.ORGANISATION, f[0], split(f[3]), blankToNull(f[1]),
                    country, homeOnly ? List.of("homeonly") : List.of(), weights(f[4])));
        }
        for (String[] f : KnowledgeBaseLoader.rows("people.tsv", 4)) {
            out.add(new KbEntity(id(f[1], f[0], ids), Type.PERSON, f[0], split(f[2]), blankToNull(f[1]), null,
                    split(f[3].replace(' ', '|')), null));
        }
        return out;
    }

    private static String id(String qid, String name, Set<String> taken) {
        return qid.isBlank() ? localId(name, taken) : qid;
    }

    /** A slug of the name ("Kyiv Oblast" → "kyiv-oblast"), numbered when the slug is taken. */
    static String localId(String name, Set<String> taken) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 70) {
            slug = slug.substring(0, 70).replaceAll("-+$", "");
        }
        String base = slug.isEmpty() ? "entity" : slug;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static List<String> split(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Map<String, Double> weights(String field) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String kv : split(field)) {
            int eq = kv.lastIndexOf('=');
            out.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
