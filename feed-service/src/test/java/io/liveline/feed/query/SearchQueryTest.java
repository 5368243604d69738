package io.liveline.feed.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a reader's q= becomes: only letters, digits and our own tsquery operators. */
class SearchQueryTest {

    @Test
    void wordsPhrasesAndPrefixesBecomeOneTsquery() {
        assertThat(SearchQuery.parse("Zelen* \"president of Ukraine\" talks").tsquery())
                .isEqualTo("zelen:* & president <-> of <-> ukraine & talks");
        assertThat(SearchQuery.parse("covid-19 o'brien").tsquery()).isEqualTo("covid <-> 19 & o <-> brien");
        assertThat(SearchQuery.parse("Zürich  Kyïv").tsquery()).isEqualTo("zürich & kyïv");
    }

    @Test
    void tsqueryAndSqlSyntaxIsOnlyASeparator() {
        assertThat(SearchQuery.parse("a & !b | (c) <-> d:A").tsquery()).isEqualTo("a & b & c & d <-> a");
        assertThat(SearchQuery.parse("'); DROP TABLE live_update; --").tsquery()).isEqualTo("drop & table & live <-> update");
    }

    @Test
    void whatIsNoSearchIsRefusedWithAReason() {
        for (String text : new String[] {"", " ", "\"open", "*", "ab*c", "a*", "\"ab*\"", "!!!", "\"\"", "x".repeat(257),
                "a b c d e f g h i j k l m n o p q"}) {
            assertThatThrownBy(() -> SearchQuery.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
