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
}
