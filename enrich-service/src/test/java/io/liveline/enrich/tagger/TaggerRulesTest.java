package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveline.events.TagSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guideline's rules and traps, one sentence each. */
class TaggerRulesTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.fromClasspath();
    }

    private static TagSet tags(String text) {
        return tagger.tag(null, text).tags();
    }

    private static List<String> people(String text) {
        return tags(text).people().stream().map(TagSet.PersonTag::name).toList();
    }

    private static List<String> countries(String text) {
        return tags(text).countries().stream().map(TagSet.CountryTag::code).toList();
    }

    private static List<String> orgs(String text) {
        return tags(text).organisations().stream().map(TagSet.OrganisationTag::name).toList();
    }

    private static List<String> topics(String text) {
        return tags(text).topics().stream().map(TagSet.TopicTag::label).toList();
    }

    @Test
    void personNamedLikeAPlaceGivesNoCountry() {
        String text = "Sydney Sweeney said the film would open in cinemas next month.";
        assertThat(people(text)).containsExactly("Sydney Sweeney");
        assertThat(countries(text)).isEmpty();
    }

    @Test
    void languageIsNotADemonym() {
        assertThat(countries("The minister was speaking in English to reporters.")).isEmpty();
        assertThat(countries("She gave the interview in French.")).isEmpty();
        assertThat(countries("French troops have landed.")).containsExactly("FR");
    }

    @Test
    void placeInsideATitleIsNoPlace() {
        assertThat(countries("The Duke of York did not attend the service.")).isEmpty();
    }

    @Test
    void markupWasStrippedSoOnlyTextCounts() {
        TagSet t = tags("Read more on this story.");
        assertThat(t.countries()).isEmpty();
        assertThat(t.people()).isEmpty();
    }

    @Test
    void brusselsAsActorIsTheEuropeanUnion() {
        String text = "Brussels wants member states to agree the plan by June.";
        assertThat(orgs(text)).containsExactly("European Union");
        assertThat(countries(text)).isEmpty();
    }

    @Test
    void brusselsAsVenueGivesNoBelgium() {
        String text = "NATO ministers met in Brussels on Thursday.";
        assertThat(countries(text)).isEmpty();
        assertThat(orgs(text)).containsExactly("NATO");
    }

    @Test
    void brusselsLocalNewsIsBelgium() {
        assertThat(countries("The mayor of Brussels said the metro would reopen.")).containsExactly("BE");
    }

    @Test
    void talksInGenevaGiveNoSwitzerland() {
        assertThat(countries("US and Iranian negotiators held talks in Geneva.")).containsExactlyInAnyOrder("US", "IR");
    }

    @Test
    void venuesJoinedByAndAreAllVenues() {
        assertThat(countries("Ministers met in Kyiv and Warsaw.")).isEmpty();
        assertThat(countries("Ministers met in Kyiv and Warsaw to discuss Polish grain.")).containsExactly("PL");
    }

    @Test
    void possessiveResolvesToTheKnownPerson() {
        TagSet t = tags("Putin's plan was rejected. Putin says he will wait.");
        assertThat(t.people()).containsExactly(new TagSet.PersonTag("Vladimir Putin", "Q7747", "Q7747", 2, null));
        assertThat(t.countries()).isEmpty();
    }

    @Test
    void curlyApostrophePossessiveAndSurnameLater() {
        TagSet t = tags("Mark Rutte has arrived. Rutte’s speech starts soon, and Rutte says it matters.");
        assertThat(t.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Mark Rutte");
            assertThat(p.mentions()).isEqualTo(3);
        });
    }

    @Test
    void unknownPersonFromRoleAndSpeechVerb() {
        String text = "Local councillor Maria Obuya said the bridge had been closed since Tuesday.";
        assertThat(people(text)).containsExactly("Maria Obuya");
    }

    @Test
    void unknownPersonWithoutGivenNameFromCue() {
        assertThat(people("Election officer Tendai Marufu told reporters the count was over."))
                .containsExactly("Tendai Marufu");
    }

    @Test
    void unknownSurnameMentionResolvesToTheFullName() {
        TagSet t = tags("Councillor Maria Obuya said the road was shut. Obuya added it would reopen.");
        assertThat(t.people()).containsExactly(new TagSet.PersonTag("Maria Obuya", null, 2));
    }

    @Test
    void daysAndSentenceOpenersAreNoPeople() {
        assertThat(people("On Monday the talks resumed. After Tuesday, Officials In Kyiv waited.")).isEmpty();
    }

    @Test
    void bylineAuthorIsAPerson() {
        assertThat(people("By Deborah Haynes, security and defence editor")).containsExactly("Deborah Haynes");
    }

    @Test
    void titlesAreDropped() {
        assertThat(people("US defence secretary Pete Hegseth spoke first.")).containsExactly("Pete Hegseth");
        assertThat(people("Prime Minister Keir Starmer and Dr Anna Kowalski met.")).containsExactlyInAnyOrder(
                "Keir Starmer", "Anna Kowalski");
    }

    @Test
    void jordanTheCountryAndJordanThePerson() {
        assertThat(countries("Jordan closed its airspace on Saturday.")).containsExactly("JO");
        String text = "Michael Jordan won six titles. Jordan said he would never return.";
        assertThat(people(text)).containsExactly("Michael Jordan");
        assertThat(countries(text)).isEmpty();
    }

    @Test
    void georgiaTheStateAndGeorgiaTheCountry() {
        assertThat(countries("Protesters filled the streets of Tbilisi as Georgia's government met.")).containsExactly("GE");
        assertThat(countries("Voters in Georgia queued for hours, officials in Atlanta said.")).containsExactly("US");
    }

    @Test
    void diacriticsAndTransliterationsMatch() {
        assertThat(people("Dovile Sakaliene said allies must spend more.")).containsExactly("Dovilė Šakalienė");
        assertThat(people("Zelenskiy and Dmitri Medvedev traded insults.")).containsExactlyInAnyOrder(
                "Volodymyr Zelenskyy", "Dmitry Medvedev");
    }

    @Test
    void demonymsCapitalsAndSeats() {
        assertThat(countries("Ukrainian MPs criticised the Kremlin and Washington's stance."))
                .containsExactlyInAnyOrder("UA", "RU", "US");
        assertThat(countries("Downing Street said Beijing had been told.")).containsExactlyInAnyOrder("GB", "CN");
        assertThat(orgs("Downing Street and the White House responded.")).isEmpty();
    }

    @Test
    void territoriesHaveTheirOwnCodes() {
        assertThat(countries("He spoke about Greenland, Gaza and the Panama Canal."))
                .containsExactlyInAnyOrder("GL", "PS", "PA");
        assertThat(countries("Protests in Hong Kong and Taiwan's elections.")).containsExactlyInAnyOrder("HK", "TW");
    }

    @Test
    void regionsAndSeasAreNoCountries() {
        assertThat(countries("Europe and the Middle East watched the Black Sea and the South China Sea.")).isEmpty();
    }

    @Test
    void acronymsExpandAndLowerCaseWordsDoNotMatch() {
        assertThat(orgs("The EU and the UN met NATO and the OSCE.")).containsExactlyInAnyOrder(
                "European Union", "United Nations", "NATO", "Organization for Security and Co-operation in Europe");
        assertThat(countries("Tell us what you think.")).isEmpty();
        assertThat(orgs("The Fed held rates.")).containsExactly("Federal Reserve");
    }

    @Test
    void nationalInstitutionsImplyTheirCountry() {
        assertThat(countries("The Knesset voted late on Monday.")).containsExactly("IL");
        assertThat(countries("The Reserve Bank of India cut rates.")).containsExactly("IN");
        assertThat(countries("Manchester United signed a striker.")).isEmpty();
    }

    @Test
    void unknownOrganisationByShape() {
        assertThat(orgs("Greater Manchester Police said a man had been arrested.")).containsExactly("Greater Manchester Police");
    }

    @Test
    void topicsComeWithTheirParents() {
        assertThat(topics("The central bank cut interest rates by a quarter point."))
                .containsExactlyInAnyOrder("monetary policy", "macro economics", "economy",
                        "economy, business and finance");
        assertThat(topics("A magnitude 6.8 earthquake struck, and rescuers pulled survivors from the rubble."))
                .contains("disaster", "disaster, accident and emergency incident");
        assertThat(tags("A ceasefire was agreed after peace talks.").topics()).allSatisfy(t -> {
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void parentScoreIsAtLeastTheChildScore() {
        List<TagSet.TopicTag> t = tags("Police arrested two men after the stabbing.").topics();
        double parent = t.stream().filter(x -> x.code().equals("medtop:02000000")).findFirst().orElseThrow().score();
        assertThat(t).allSatisfy(x -> assertThat(parent).isGreaterThanOrEqualTo(
                x.code().equals("medtop:20000129") ? x.score() : 0));
    }

    @Test
    void housekeepingPostsGetNoTopics() {
        assertThat(topics("Welcome to our live coverage. We'll be bringing you the latest throughout the day."))
                .isEmpty();
    }

    @Test
    void figurativeWordsMakeNoTopic() {
        assertThat(topics("He said Trump would not give away key bargaining chips.")).doesNotContain(
                "technology and engineering");
    }

    @Test
    void evidenceOffsetsPointIntoHeadlineAndText() {
        TaggingResult r = tagger.tag("Putin speaks", "The Kremlin said he would speak.");
        String doc = "Putin speaks\nThe Kremlin said he would speak.";
        assertThat(r.evidence()).isNotEmpty().allSatisfy(e -> {
            if (e.start() >= 0) {
                assertThat(doc.substring(e.start(), e.end())).isEqualTo(e.span());
            }
        });
        assertThat(r.evidence()).anySatisfy(e -> assertThat(e.rule()).isEqualTo("capital-metonym"));
    }

    @Test
    void evidenceFieldIsWrittenAsTheNameOfItsList() throws Exception {
        Evidence e = tagger.tag(null, "The Kremlin said so.").evidence().get(0);
        assertThat(e.field()).isEqualTo(Evidence.Field.COUNTRIES);
        assertThat(new ObjectMapper().writeValueAsString(e)).contains("\"field\":\"countries\"");
    }

    @Test
    void capitalisedPhrasesThatAreNoPeople() {
        assertThat(people("Hurricane Helene hit Florida's Big Bend region.")).isEmpty();
        assertThat(people("The studio agreed to a takeover by Paramount Skydance, the companies said.")).isEmpty();
        assertThat(people("The plane landed at Ronald Reagan Washington National Airport.")).isEmpty();
    }

    @Test
    void companyNamesKeepTheirPlaceWords() {
        String text = "A Turkish Airlines flight was diverted to Budapest.";
        assertThat(orgs(text)).containsExactly("Turkish Airlines");
        assertThat(countries(text)).containsExactly("HU");
        assertThat(orgs("Survivors were pulled from the Sky Villa apartment block.")).isEmpty();
    }

    @Test
    void clubsAndPartiesSharingANameAreResolvedFromThePost() {
        assertThat(orgs("Liverpool's Mohamed Salah scored twice in the league.")).containsExactly("Liverpool");
        assertThat(countries("Liverpool's Mohamed Salah scored twice in the league.")).isEmpty();
        assertThat(countries("Flooding hit Liverpool overnight.")).containsExactly("GB");
        assertThat(orgs("Canada's Conservatives gained seats from the Liberals.")).containsExactlyInAnyOrder(
                "Conservative Party of Canada", "Liberal Party of Canada");
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameAnswers() {
        List<String> texts = List.of("Putin's envoy met Rubio in Riyadh for talks.",
                "Sydney Sweeney was in Sydney.", "The Bank of England cut rates.", "Jordan said no.");
        List<TagSet> expected = texts.stream().map(t -> tagger.tag(null, t).tags()).toList();
        java.util.stream.IntStream.range(0, 400).parallel().forEach(i ->
                assertThat(tagger.tag(null, texts.get(i % 4)).tags()).isEqualTo(expected.get(i % 4)));
    }

    @Test
    void nullAndEmptyInputGiveEmptyTags() {
        assertThat(tagger.tag(null, "").tags()).isEqualTo(TagSet.EMPTY);
        assertThat(tagger.tag(null, null).tags()).isEqualTo(TagSet.EMPTY);
    }

    @Test
    void unknownOrganisationsDescribedByTheirKind() {
        assertThat(orgs("Environmental group Rios Vivos said the dam would flood three villages."))
                .containsExactly("Rios Vivos");
        assertThat(orgs("Talks with the Unifor union broke down overnight.")).containsExactly("Unifor");
        assertThat(orgs("The ruling Pheu Thai party lost its majority.")).containsExactly("Pheu Thai");
        assertThat(orgs("Staff at the office held their Christmas party on Friday.")).isEmpty();
        assertThat(orgs("Leaders of the European union met again.")).containsExactly("European Union");
    }
}
