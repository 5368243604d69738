package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that the knowledge-base files are well-formed, complete and unambiguous. */
class KnowledgeBaseTest {

    // ISO 3166-1 alpha-2, all 249 officially assigned codes.
    private static final Set<String> ISO = Set.of(("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB "
            + "BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO "
            + "CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG "
            + "GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO "
            + "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML "
            + "MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH "
            + "PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST "
            + "SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN "
            + "VU WF WS YE YT ZA ZM ZW").split(" "));
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        kb = KnowledgeBaseLoader.load();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("KB loaded in %d ms: %d countries, %d organisations, %d people, %d phrases%n", ms,
                kb.countries().size(), kb.orgs().size(), kb.people().size(), kb.aliases().size());
        assertThat(ms).as("KB load time in ms").isLessThan(2000);
    }

    @Test
    void countriesAreExactlyTheIsoCodesOnceEach() {
        List<String> codes = KnowledgeBaseLoader.rows("countries.tsv", 5).stream().map(f -> f[0]).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}"));
        assertThat(new HashSet<>(codes)).isEqualTo(ISO);
    }

    @Test
    void placesPointAtKnownCountriesWithKnownKinds() {
        for (String[] f : KnowledgeBaseLoader.rows("places.tsv", 3)) {
            assertThat(ISO).as("country of %s", f[2]).contains(f[0]);
            assertThat(f[1]).as("kind of %s", f[2]).isIn("city", "region", "seat");
        }
    }

    @Test
    void qidsAreWellFormedAndUnique() {
        List<String> qids = new ArrayList<>();
        kb.countries().values().forEach(c -> qids.add(c.qid()));
        kb.orgs().values().forEach(o -> qids.add(o.qid()));
        kb.people().values().forEach(p -> qids.add(p.qid()));
        List<String> present = qids.stream().filter(q -> q != null).toList();
        assertThat(present).allMatch(q -> QID.matcher(q).matches()).doesNotHaveDuplicates();
    }

    @Test
    void canonicalNamesAreUnique() {
        assertThat(KnowledgeBaseLoader.rows("organisations.tsv", 5).stream().map(f -> f[0]).toList())
                .doesNotHaveDuplicates();
        assertThat(KnowledgeBaseLoader.rows("people.tsv", 4).stream().map(f -> f[0]).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void organisationCountriesAndTopicsExist() {
        for (Organisation o : kb.orgs().values()) {
            if (o.country() != null) {
                assertThat(ISO).as("country of %s", o.name()).contains(o.country());
            }
            assertThat(kb.topics().keySet()).as("topics of %s", o.name()).containsAll(o.topics().keySet());
        }
    }

    @Test
    void noPhraseStandsForTwoThingsUnlessMarkedAmbiguous() {
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, List<Alias>> e : kb.aliases().entrySet()) {
            Set<String> targets = new HashSet<>();
            for (Alias a : e.getValue()) {
                // Surnames are weak by design: shared ones are resolved from the post or dropped.
                if (a.kind() != Alias.Kind.SURNAME) {
                    targets.add(a.kind().isPlace() ? "place:" + a.target() : a.kind() + ":" + a.target());
                }
            }
            if (targets.size() > 1 && !kb.ambiguous().contains(e.getKey())) {
                clashes.add(e.getKey() + " -> " + targets);
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void topicCodesAndParentLinksAreWellFormed() {
        assertThat(kb.topics().values().stream().filter(t -> t.parent() == null)).hasSize(17);
        for (Topic t : kb.topics().values()) {
            assertThat(t.code()).as("code").matches("medtop:\\d{8}");
            assertThat(t.label()).as("label of %s", t.code()).isNotBlank();
            if (t.parent() == null) {
                // IPTC's top levels are the codes 01000000 to 17000000.
                assertThat(t.code()).as("top level").matches("medtop:(0[1-9]|1[0-7])000000");
                continue;
            }
            assertThat(t.code()).as("narrower topic %s", t.code()).matches("medtop:20\\d{6}");
            assertThat(kb.topics()).as("parent of %s", t.code()).containsKey(t.parent());
            Set<String> chain = new HashSet<>();
            for (Topic p = t; p.parent() != null; p = kb.topics().get(p.parent())) {
                assertThat(chain.add(p.code())).as("no cycle through %s", t.code()).isTrue();
            }
        }
        // Every second level of every top level (122 under the 17 in the IPTC export used).
        assertThat(kb.topics().values().stream().filter(t -> t.parent() != null
                && kb.topics().get(t.parent()).parent() == null)).hasSize(122);
    }

    @Test
    void guidelineTopicsAreTheFortyOfTheGuideline() {
        List<Topic> guideline = kb.topics().values().stream().filter(Topic::guideline).toList();
        assertThat(guideline).hasSize(40);
        assertThat(guideline).extracting(Topic::code).contains("medtop:20000639", "medtop:20000598",
                "medtop:20000379", "medtop:20001108", "medtop:11000000");
    }

    @Test
    void cuesAndHeadWordsNameKnownTopics() {
        for (String[] f : KnowledgeBaseLoader.rows("topic-cues.tsv", 3)) {
            assertThat(f[0]).as("cue topic").isIn(concat(kb.topics().keySet(), TopicCue.HOUSEKEEPING));
            assertThat(Double.parseDouble(f[1])).isBetween(-2.0, 2.0);
        }
        kb.headTopics().values().forEach(signals ->
                assertThat(kb.topics().keySet()).containsAll(signals.keySet()));
    }

    private static Set<String> concat(Set<String> set, String extra) {
        Set<String> out = new HashSet<>(set);
        out.add(extra);
        return out;
    }
}
