package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.TagSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People and organisations that no knowledge-base list holds (issue 21): one rule per test, with
 * the traps that must give nothing. Every name here is made up.
 */
class UnknownNamesTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.fromClasspath();
    }

    private static List<String> people(String text) {
        return tagger.tag(null, text).tags().people().stream().map(TagSet.PersonTag::name).toList();
    }

    private static List<String> people(String headline, String text) {
        return tagger.tag(headline, text).tags().people().stream().map(TagSet.PersonTag::name).toList();
    }

    private static List<String> orgs(String text) {
        return tagger.tag(null, text).tags().organisations().stream().map(TagSet.OrganisationTag::name).toList();
    }

    private static List<String> orgs(String headline, String text) {
        return tagger.tag(headline, text).tags().organisations().stream().map(TagSet.OrganisationTag::name).toList();
    }

    private static List<String> countries(String text) {
        return tagger.tag(null, text).tags().countries().stream().map(TagSet.CountryTag::code).toList();
    }

    // People

    @Test
    void initialsBeforeASurnameMakeAPerson() {
        assertThat(people("Wessex 312 (M. Haldane 104, A. Pryce-Jones 57)")).contains("M. Haldane", "A. Pryce-Jones");
        assertThat(people("Opposition spokesman J.K. Boateng called the figures unrealistic.")).containsExactly("J.K. Boateng");
    }

    @Test
    void anAgeInAnAppositionMakesAPerson() {
        assertThat(people("The victim, Tegwen Pryderi, 67, had lived in the village all her life."))
                .containsExactly("Tegwen Pryderi");
        assertThat(people("In Upper Bodmin, 40 homes were flooded on Sunday.")).isEmpty();
    }

    @Test
    void thePlaceOfATitleBeforeANameIsNotPartOfIt() {
        assertThat(people("The Bishop of Tarrowby Helen Marsh resigned on Monday after the review."))
                .containsExactly("Helen Marsh");
        assertThat(people("The Mayor of Kelsham Oliver Dunmore said the bridge would reopen."))
                .containsExactly("Oliver Dunmore");
    }

    @Test
    void aCountryInBracketsAfterANameMakesAnAthlete() {
        assertThat(people("Men's 400 metres: 1. Tobiloba Adeyemi (Nigeria) 44.71 2. Gwanwoo Lindqvist (Sweden) 45.02"))
                .containsExactly("Tobiloba Adeyemi", "Gwanwoo Lindqvist");
        assertThat(people("The Lagos Challenger (Nigeria) starts on Monday.")).isEmpty();
    }

    @Test
    void aNationalityOrACountrysPossessiveIntroducesAnAthlete() {
        assertThat(people("Motor racing: Estonian Tarvo Tamm took pole, ahead of Japan's Ren Takahashi."))
                .containsExactly("Tarvo Tamm", "Ren Takahashi");
        // Outside sport, and for events, the same shapes name no one.
        assertThat(people("Israeli Iron Dome batteries intercepted the rockets, the army said.")).isEmpty();
        assertThat(people("He won the French Open and the Italian Open last season.")).isEmpty();
    }

    @Test
    void aRankOpeningAResultsLineIntroducesAName() {
        assertThat(people("Golf: leading first-round scores (par 72):\n66 Tsegaye Worku\n67 Olamide Ferreira-Lund"))
                .containsExactly("Tsegaye Worku", "Olamide Ferreira-Lund");
    }

    @Test
    void aNameListedWithAPersonIsAPerson() {
        assertThat(people("The crew of Hamish Carruthers, Qhawe Ndlovu and Ifor Bretton-Hale won the fours."))
                .containsExactly("Hamish Carruthers", "Qhawe Ndlovu", "Ifor Bretton-Hale");
    }

    @Test
    void particlesHyphensAndIrishNamesStayInOneName() {
        assertThat(people("Flanker Cathal Ó Súilleabháin was named in the squad.")).containsExactly("Cathal Ó Súilleabháin");
        assertThat(people("Chair Siobhán Ní Bhriain said 3,000 people had signed.")).containsExactly("Siobhán Ní Bhriain");
        assertThat(people("Police arrested Abdul Qadir al-Hashimi on Thursday, a spokesman said."))
                .containsExactly("Abdul Qadir al-Hashimi");
        assertThat(people("Third was Enric Mas i Puig, who rides for a Basque team.")).containsExactly("Enric Mas i Puig");
        assertThat(people("Analyst Hyun-woo Kang said the deal was priced fairly.")).containsExactly("Hyun-woo Kang");
    }

    @Test
    void aLaterShorterFormIsTheSamePerson() {
        String text = "Coach Henk ten Cate-Bos said the side was tired. Ten Cate-Bos said two players were injured.";
        assertThat(people(text)).containsExactly("Henk ten Cate-Bos");
        assertThat(people("Maria Okonkwo won the seat. Okonkwo thanked her agent.")).containsExactly("Maria Okonkwo");
    }

    @Test
    void namesInCapitalsComeFromGivenNamesWhenThePostIsAllCapitals() {
        assertThat(people("HOUSING MINISTER GRACE ADJEI-MENSAH RESIGNED ON FRIDAY. PRESIDENT KWAKU ASANTE ACCEPTED."))
                .containsExactly("Grace Adjei-Mensah", "Kwaku Asante");
    }

    @Test
    void aHeadlineInCapitalsOnlyRepeatsTheStorysNames() {
        List<String> found = people("TENNIS - OKONJO UPSETS TOP SEED IN LAGOS",
                "Unseeded Chidi Okonjo beat the top seed in the second round on Wednesday.");
        assertThat(found).containsExactly("Chidi Okonjo");
        // A given name in a capitals headline that the story does not name is not enough.
        assertThat(people("ROSE GARDEN OPENS TO PUBLIC", "The garden opened on Sunday.")).isEmpty();
    }

    @Test
    void capitalsAloneMakeNoPersonOrBody() {
        assertThat(people("Thousands Gathered In Central Square On Monday Night")).isEmpty();
        assertThat(people("Heavy Rain Expected Across The Region In March")).isEmpty();
        assertThat(orgs("Thousands Gathered In Central Square On Monday Night")).isEmpty();
        assertThat(people("German Chancellor and French officials met on Tuesday.")).isEmpty();
        assertThat(orgs("Tickets for the World Cup and the Tbilisi Open went on sale.")).isEmpty();
        assertThat(orgs("POLICE SAID THE WOMAN, WHO WAS LAST SEEN IN THE TOWN CENTRE, WAS SAFE.")).isEmpty();
    }

    // Organisations

    @Test
    void aLegalFormMakesACompanyAndIsDropped() {
        assertThat(orgs("Vossberg AG said orders rose.")).containsExactly("Vossberg");
        assertThat(orgs("Danish brewer Skovgaard Bryggeri A/S said sales rose.")).containsExactly("Skovgaard Bryggeri");
        assertThat(orgs("Mining company Tarrant Resources Ltd closed its mine.")).containsExactly("Tarrant Resources");
    }

    @Test
    void aHeadWordEndsABodysName() {
        assertThat(orgs("Ashcombe District Council approved the plan.")).containsExactly("Ashcombe District Council");
        assertThat(orgs("St Aldhelm's Primary School was rated outstanding.")).containsExactly("St Aldhelm's Primary School");
        assertThat(orgs("Two boys appeared before Lowfield Magistrates' Court.")).containsExactly("Lowfield Magistrates' Court");
        assertThat(orgs("Drivers struck, the Amalgamated Union of App-based Transporters of Nigeria said."))
                .containsExactly("Amalgamated Union of App-based Transporters of Nigeria");
    }

    @Test
    void aHeadFollowedByOfCarriesTheNameOn() {
        assertThat(orgs("The Bank of Tanzania left its rate unchanged.")).containsExactly("Bank of Tanzania");
        assertThat(countries("The Bank of Tanzania left its rate unchanged.")).containsExactly("TZ");
        assertThat(orgs("He was acquitted by the Kinshasa Court of Appeal on Friday."))
                .containsExactly("Kinshasa Court of Appeal");
    }

    @Test
    void aHeadFirstNameInOtherLanguages() {
        assertThat(orgs("The strike was called by the Sindicato Minero Norte.")).containsExactly("Sindicato Minero Norte");
    }

    @Test
    void clubHeadsAndPrefixesCountOnlyInSport() {
        assertThat(orgs("Northbridge Rovers came from behind to beat Castlemoor United 2-1 on Saturday."))
                .containsExactly("Northbridge Rovers", "Castlemoor United");
        assertThat(orgs("Pieter-Jan Vandermeulen won the stage for Team Kraftwerk in a sprint finish."))
                .containsExactly("Team Kraftwerk");
        assertThat(orgs("Residents of Stanmere City were told to boil their water.")).isEmpty();
        assertThat(orgs("Team GB won four gold medals in the rowing.")).isEmpty();
    }

    @Test
    void theTeamsOfAResultsLine() {
        assertThat(orgs("Basketball results on Saturday: Olympia Split 71 Cedevita Tuzla 74."))
                .containsExactly("Olympia Split", "Cedevita Tuzla");
        assertThat(orgs("Soccer: Brazil beat Uruguay 2-1 in a World Cup qualifier.")).isEmpty();
        assertThat(countries("Soccer: Brazil beat Uruguay 2-1 in a World Cup qualifier.")).contains("BR", "UY");
    }

    @Test
    void theOpponentOfAKnownTeam() {
        assertThat(orgs("Ice hockey: Lahti Ravens beat Tampere Lynx 4-2 on Thursday."))
                .containsExactly("Lahti Ravens", "Tampere Lynx");
        assertThat(orgs("Tennis: top seed Lahti Koivu beat Hana Morimoto 6-3 6-4.")).isEmpty();
    }

    @Test
    void anAcronymTheTextDefinesNamesTheSameBody() {
        String text = "The Pan-African Farmers' Union (PAFU) called a strike. PAFU said talks had failed.";
        assertThat(orgs(text)).containsExactly("Pan-African Farmers' Union");
        assertThat(orgs("MEPs of the Nordic Green Left (NGL) walked out. The NGL later returned."))
                .containsExactly("Nordic Green Left");
    }

    @Test
    void wordsAroundANameSayItIsACompany() {
        assertThat(orgs("Investors piled into shares in Qorvex on Monday.")).containsExactly("Qorvex");
        assertThat(orgs("Analysts at Bank Julius Baer said the deal made sense.")).containsExactly("Bank Julius Baer");
        assertThat(orgs("Brightwater's chief executive said the deal made sense.")).containsExactly("Brightwater");
        assertThat(orgs("Omnitel said in a statement that prices would rise.")).containsExactly("Omnitel");
        assertThat(orgs("A trader at Amsterdam-based Commodex said buyers were nervous.")).containsExactly("Commodex");
        assertThat(orgs("Retailer Pemberley & Finch named a new chief.")).containsExactly("Pemberley & Finch");
        assertThat(orgs("Rosa Delgado said in a statement that she would stay.")).isEmpty();
        assertThat(people("Rosa Delgado said in a statement that she would stay.")).containsExactly("Rosa Delgado");
    }

    @Test
    void aShortFormOfABodyFoundAboveAddsNoNewBody() {
        String text = "Tarrant Resources Ltd closed its mine. Tarrant shares fell 4% in Sydney.";
        assertThat(orgs(text)).containsExactly("Tarrant Resources");
        assertThat(people(text)).isEmpty();
    }

    @Test
    void aHeadlineInCapitalsRepeatsTheStorysBody() {
        assertThat(orgs("ELECTION - FARMERS' PARTY WINS TWO SEATS", "The Rural Farmers' Party won two seats on Sunday."))
                .containsExactly("Rural Farmers' Party");
    }

    @Test
    void anOfficerNamedAfterItsBody() {
        assertThat(orgs("Output rose, and Velmora president Ignacio Furtado said prices would stay firm."))
                .containsExactly("Velmora");
        // At the start of a sentence the word may be anything ("Party leader ..."), so it says nothing.
        assertThat(orgs("Velmora president Ignacio Furtado said prices would stay firm.")).isEmpty();
    }

    @Test
    void anAppositionThatDescribesABody() {
        assertThat(orgs("Thousands marched in support of Zajedno, the opposition coalition, on Sunday."))
                .containsExactly("Zajedno");
        assertThat(orgs("Fires forced people from the island of Evia, the fire service said.")).isEmpty();
    }

    @Test
    void aDescriptionBeforeANameEvenWithAPlaceInIt() {
        String text = "Bundesliga side Werder Bremen said on Thursday the striker was injured.";
        assertThat(orgs(text)).containsExactly("Werder Bremen");
        assertThat(people(text)).isEmpty();
        assertThat(orgs("He met leaders of the Solidarity trade union on Tuesday.")).containsExactly("Solidarity");
    }

    @Test
    void aSpeltOutAcronymTheKnowledgeBaseKnowsIsThatBody() {
        assertThat(orgs("The World Health Organisation (WHO) said an outbreak had killed 13 people."))
                .containsExactly("World Health Organization");
    }

    @Test
    void aHeadWithOfTakesTheWholeName() {
        assertThat(orgs("Sales fell, the Society of Motor Manufacturers and Traders said."))
                .containsExactly("Society of Motor Manufacturers and Traders");
    }

    @Test
    void severalParticlesInARow() {
        assertThat(people("Goalkeeper Edwin van der Sar kept a clean sheet.")).containsExactly("Edwin van der Sar");
    }

    @Test
    void aKnownSurnameOpeningAnUnknownNameIsNoBody() {
        assertThat(people("Brazilian striker Marcos Paulo scored both goals.")).containsExactly("Marcos Paulo");
    }

    @Test
    void aCompoundEndingInAHeadWordIsABody() {
        String text = "Bayerische Vereinsbank said on Tuesday it expected a rise in profit.";
        assertThat(orgs(text)).containsExactly("Bayerische Vereinsbank");
        assertThat(people(text)).isEmpty();
    }

    @Test
    void aNameBeforeTheKindOfGroupItNamesIsABody() {
        String text = "Police arrested 12 suspected members of the Abu Sayyaf group on Monday.";
        assertThat(orgs(text)).containsExactly("Abu Sayyaf");
        assertThat(people(text)).isEmpty();
    }

    @Test
    void aPersonsSpokesmanMakesNoBody() {
        String text = "Security chief Alexander Lebed met the rebels. Lebed's spokesman said talks would go on.";
        assertThat(orgs(text)).isEmpty();
        assertThat(people(text)).containsExactly("Alexander Lebed");
        assertThat(orgs("Credit Lyonnais chairman Jean Peyrelevade asked for more aid.")).containsExactly("Credit Lyonnais");
    }

    @Test
    void aPostIsNoBodyAndAWordOnceBlockedMayOpenACompany() {
        assertThat(orgs("The Minister for Finance, Ruairi Quinn, presented the budget.")).isEmpty();
        assertThat(orgs("Pacific Dunlop Ltd. reported a net profit.")).containsExactly("Pacific Dunlop");
        assertThat(orgs("Dr Anna Kowalska of the Institute of Tropical Medicine said so."))
                .containsExactly("Institute of Tropical Medicine");
    }
}
