package io.liveline.enrich.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.TagSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A surname alone names the person an earlier post of the same live blog named in full. */
class LiveblogPeopleTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.fromClasspath();
    }

    /** Tags the posts of one blog in order and returns the people of the last one. */
    private static List<String> peopleOfLast(LiveblogPeople blog, String... posts) {
        TagSet tags = TagSet.EMPTY;
        for (String post : posts) {
            tags = tagger.tag(null, post, blog).tags();
            blog.remember(tags);
        }
        return tags.people().stream().map(TagSet.PersonTag::name).toList();
    }

    @Test
    void aSurnameLaterInTheBlogNamesThePersonGivenInFullEarlier() {
        LiveblogPeople blog = new LiveblogPeople(100);
        assertThat(peopleOfLast(blog,
                "Regional fire chief Marta Okonkwo said crews had contained the blaze near the motorway.",
                "Okonkwo added that two more villages were being evacuated as the wind picked up."))
                .containsExactly("Marta Okonkwo");
    }

    @Test
    void withoutTheBlogTheBareSurnameIsNoPerson() {
        assertThat(tagger.tag(null, "Okonkwo added that two more villages were being evacuated.", null)
                .tags().people()).isEmpty();
    }

    @Test
    void anotherBlogDoesNotLendItsPeople() {
        LiveblogPeople flood = new LiveblogPeople(100);
        peopleOfLast(flood, "Hydrologist Tomasz Wierzba told reporters the river would peak on Friday.");
        assertThat(peopleOfLast(new LiveblogPeople(100), "Wierzba added that the dykes were holding."))
                .isEmpty();
    }

    @Test
    void aSurnameTwoPeopleOfTheBlogShareNamesNeither() {
        LiveblogPeople blog = new LiveblogPeople(100);
        assertThat(peopleOfLast(blog,
                "Defence analyst Priya Castellano said the drills were routine.",
                "Her brother, the economist Luca Castellano, said markets had shrugged them off.",
                "Castellano added that more drills were planned."))
                .isEmpty();
    }

    @Test
    void aPlaceIsNotTakenForAnEarlierPersonWithThatSurname() {
        LiveblogPeople blog = new LiveblogPeople(100);
        assertThat(peopleOfLast(blog,
                "Campaign spokesman Daniel Paris said the rally would go ahead.",
                "The candidate later flew to Paris for a fundraiser."))
                .isEmpty();
    }

    @Test
    void theMemoryForgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        LiveblogPeople blog = new LiveblogPeople(2);
        peopleOfLast(blog,
                "Coach Ines Marchetti said the squad was ready.",
                "Captain Bruno Hallström told reporters the pitch was heavy.",
                "Referee Kofi Adjei said the match would start on time.");
        assertThat(peopleOfLast(blog, "Marchetti said the second half was better.")).isEmpty();
        assertThat(peopleOfLast(blog, "Adjei said he had no doubts about the penalty.")).containsExactly("Kofi Adjei");
    }
}
