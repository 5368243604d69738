package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.TagSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic evidence beyond single words: headline, entities, the live blog's recent topics, chains. */
class TopicEvidenceTest {

    private static final Tagger TAGGER = Tagger.fromClasspath();

    private static List<String> codes(TaggingResult r) {
        return r.tags().topics().stream().map(TagSet.TopicTag::code).toList();
    }

    private static List<String> rules(TaggingResult r, String code) {
        return r.evidence().stream().filter(e -> e.field() == Evidence.Field.TOPICS && e.tag().equals(code))
                .map(Evidence::rule).toList();
    }

    @Test
    void everyTopicCarriesItsEvidence() {
        for (String text : List.of("Arsenal beat Chelsea 2-0 in the Premier League.",
                "The Bank of England held interest rates at 4%.",
                "Officers from Northshire Constabulary said a man was held.",
                "A magnitude 6.1 earthquake struck the coast, and rescuers searched the rubble.")) {
            TaggingResult r = TAGGER.tag(null, text);
            assertThat(r.tags().topics()).as(text).isNotEmpty();
            r.tags().topics().forEach(t -> assertThat(rules(r, t.code())).as("%s in %s", t.code(), text).isNotEmpty());
        }
    }

    @Test
    void aCueInTheHeadlineWeighsMore() {
        assertThat(codes(TAGGER.tag(null, "Polls opened early. Queues formed outside."))).doesNotContain("medtop:20000574");
        TaggingResult r = TAGGER.tag("Polls opened early", "Queues formed outside.");
        assertThat(codes(r)).contains("medtop:20000574", "medtop:11000000");
        assertThat(rules(r, "medtop:20000574")).contains("headline-cue:polls");
    }

    @Test
    void anOrganisationImpliesTopics() {
        // "university" alone is too weak a cue; the organisation named by it is about education.
        assertThat(codes(TAGGER.tag(null, "The university announced a new campus."))).isEmpty();
        TaggingResult shape = TAGGER.tag(null, "Northfield University announced a new campus.");
        assertThat(codes(shape)).contains("medtop:05000000");
        assertThat(rules(shape, "medtop:05000000")).contains("entity:Northfield University");
        TaggingResult known = TAGGER.tag(null, "The Bank of England held interest rates at 4%.");
        assertThat(rules(known, "medtop:20000379")).contains("entity:Bank of England");
    }

    @Test
    void namingACountryIsNotAboutItsPolitics() {
        assertThat(codes(TAGGER.tag(null, "Ukraine, Poland and Hungary meet near the Tisza, where France sends a choir.")))
                .doesNotContain("medtop:11000000");
        assertThat(codes(TAGGER.tag("Germany", "Germany and Austria share a border of about 800km.")))
                .doesNotContain("medtop:11000000");
    }

    @Test
    void theLiveblogsRecentTopicsTipAPostThatHasEvidenceOfItsOwn() {
        LiveblogTopics recent = new LiveblogTopics();
        recent.remember(TAGGER.tag(null, "Voters went to the polls in a general election on Thursday.").tags());
        String turnout = "Turnout was 64% by noon.";
        assertThat(codes(TAGGER.tag(null, turnout))).doesNotContain("medtop:20000574");
        TaggingResult withPrior = TAGGER.tag(null, turnout, null, recent);
        assertThat(codes(withPrior)).contains("medtop:20000574");
        assertThat(rules(withPrior, "medtop:20000574")).contains("liveblog-prior");
        // No word of the post for it: the blog's story adds no topic.
        assertThat(codes(TAGGER.tag(null, "Queues formed outside.", null, recent))).isEmpty();
    }

    @Test
    void theBlogsPriorFadesAsTheStoryMoves() {
        LiveblogTopics recent = new LiveblogTopics();
        recent.remember(TAGGER.tag(null, "Voters went to the polls in a general election on Thursday.").tags());
        for (int i = 0; i < 5; i++) {
            recent.remember(TAGGER.tag(null, "Arsenal beat Chelsea 2-0 in the Premier League.").tags());
        }
        assertThat(recent.weight("medtop:20000574")).isZero();
        assertThat(recent.weight("medtop:15000000")).isGreaterThan(1);
    }

    @Test
    void eachSportIsItsOwnTopicUnderSport() {
        TaggingResult r = TAGGER.tag(null, "England were all out for 180 as the wickets fell on the second day of the Test.");
        assertThat(codes(r)).contains("medtop:20000888", "medtop:20000822", "medtop:15000000");
        TagSet.TopicTag cricket = r.tags().topics().stream().filter(t -> t.code().equals("medtop:20000888")).findFirst().orElseThrow();
        TagSet.TopicTag sport = r.tags().topics().stream().filter(t -> t.code().equals("medtop:15000000")).findFirst().orElseThrow();
        assertThat(sport.score()).isGreaterThanOrEqualTo(cricket.score());
    }
}
