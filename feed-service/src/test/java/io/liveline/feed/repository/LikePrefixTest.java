package io.liveline.feed.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** prefix= is matched literally: LIKE's own characters in it are escaped. */
class LikePrefixTest {

    @Test
    void likeMetacharactersAreTakenLiterally() {
        assertThat(LiveblogIndex.likePrefix("uk-")).isEqualTo("uk-%");
        assertThat(LiveblogIndex.likePrefix("a_b%c\\")).isEqualTo("a\\_b\\%c\\\\%");
    }
}
