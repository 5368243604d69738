package io.liveline.feed.repository;

import io.liveline.feed.config.FeedConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Refuses to start when searches would stem with another language than the stored search
 * vectors were made in: every search would then quietly miss words whose stems differ.
 */
@ApplicationScoped
public class SearchLanguage {

    private static final String VECTOR_EXPRESSION = """
            SELECT pg_get_expr(d.adbin, d.adrelid), cast(cast($1 as regconfig) as text)
            FROM pg_attribute a JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = cast('live_update' as regclass) AND a.attname = 'search_vector'""";

    void check(@Observes StartupEvent event, Pool pool, FeedConfig config) {
        var row = pool.preparedQuery(VECTOR_EXPRESSION).execute(Tuple.of(config.searchConfig()))
                .await().atMost(Duration.ofSeconds(30)).iterator().next();
        if (!madeWith(row.getString(0), row.getString(1))) {
            throw new IllegalStateException("liveline.feed.search-config is " + config.searchConfig()
                    + " but the stored search vectors are " + row.getString(0)
                    + ": rebuild the column in that language (README, 'Search language') or set the setting back");
        }
    }

    /** Whether the generated column's expression stems with {@code config} (as PostgreSQL prints a regconfig). */
    static boolean madeWith(String expression, String config) {
        return expression.contains("'" + config + "'::regconfig");
    }
}
