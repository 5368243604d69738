package io.liveline.feed.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.events.TagSet;
import io.liveline.events.TagSet.TopicTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagFilterTest {

    private static final TagSet WAR = new TagSet(List.of(), List.of(), List.of(),
            List.of(new TopicTag("medtop:16000000", "conflict, war and peace", 0.9),
                    new TopicTag("medtop:11000000", "politics", 0.55)));

    @Test
    void aTopicMatchesFromItsMinimumScoreOn() {
        assertThat(new TagFilter(null, null, null, "medtop:16000000", 0.6).matches(WAR)).isTrue();
        assertThat(new TagFilter(null, null, null, "medtop:11000000", 0.6).matches(WAR)).isFalse();
        assertThat(new TagFilter(null, null, null, "medtop:11000000", 0.55).matches(WAR)).isTrue();
        assertThat(new TagFilter(null, null, null, "medtop:11000000", null).matches(WAR)).isTrue();
        assertThat(new TagFilter(null, null, null, "medtop:17000000", 0.1).matches(WAR)).isFalse();
    }

    private static final TagSet BULLS = new TagSet(
            List.of(new TagSet.PersonTag("Michael Jordan", "Q41421", "Q41421", 2, null),
                    new TagSet.PersonTag("Ada Okafor", null, "ada-okafor", 1, null)),
            List.of(), List.of(new TagSet.OrganisationTag("Chicago Bulls", "Q128109", "chicago-bulls", null)), List.of());

    @Test
    void peopleAndOrganisationsMatchByQidKbIdOrName() {
        assertThat(new TagFilter("Q41421", null, null, null, null).matches(BULLS)).isTrue();
        assertThat(new TagFilter("ada-okafor", null, null, null, null).matches(BULLS)).isTrue();
        assertThat(new TagFilter("Ada Okafor", null, null, null, null).matches(BULLS)).isTrue();
        assertThat(new TagFilter("michael-jordan", null, null, null, null).matches(BULLS)).isFalse();
        assertThat(new TagFilter(null, null, "chicago-bulls", null, null).matches(BULLS)).isTrue();
        assertThat(new TagFilter(null, null, "Q128109", null, null).matches(BULLS)).isTrue();
        assertThat(new TagFilter(null, null, "Chicago Bulls", null, null).matches(BULLS)).isTrue();
        assertThat(new TagFilter(null, null, "bulls", null, null).matches(BULLS)).isFalse();
    }

    @Test
    void theSqlContainmentNamesTheSameField() {
        assertThat(new TagFilter("ada-okafor", null, "Q128109", null, null).containmentJson())
                .isEqualTo("{\"people\":[{\"kbId\":\"ada-okafor\"}],\"organisations\":[{\"wikidata\":\"Q128109\"}]}");
        assertThat(new TagFilter("Ada Okafor", null, null, null, null).containmentJson())
                .isEqualTo("{\"people\":[{\"name\":\"Ada Okafor\"}]}");
    }
}
