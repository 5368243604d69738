package io.liveline.feed.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up check reads the language out of the column's expression as PostgreSQL 15 prints it. */
class SearchLanguageTest {

    private static final String ENGLISH = "(setweight(to_tsvector('english'::regconfig, COALESCE(headline, ''::text)), 'A'::\"char\")"
            + " || setweight(to_tsvector('english'::regconfig, COALESCE(body_text, ''::text)), 'B'::\"char\"))";

    @Test
    void theColumnsLanguageIsRecognisedAndAnotherRefused() {
        assertThat(SearchLanguage.madeWith(ENGLISH, "english")).isTrue();
        assertThat(SearchLanguage.madeWith(ENGLISH, "german")).isFalse();
        assertThat(SearchLanguage.madeWith(ENGLISH.replace("english", "public.english_news"), "english")).isFalse();
    }
}
