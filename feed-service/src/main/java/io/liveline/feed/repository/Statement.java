package io.liveline.feed.repository;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A query assembled from fixed fragments for the conditions a request uses, its values always
 * bound as parameters: a condition that is absent is left out rather than written as
 * "{@code $n IS NULL OR ...}", so the planner sees the conditions it can serve with an index.
 */
final class Statement {

    private final StringBuilder sql;
    private final List<Object> values = new ArrayList<>();
    private boolean where;

    Statement(String select) {
        this.sql = new StringBuilder(select);
    }

    /** The placeholder of a new bound value. */
    String bind(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    /** Adds a condition; every condition must hold. */
    Statement and(String condition) {
        sql.append(where ? "\n  AND " : "\nWHERE ").append(condition);
        where = true;
        return this;
    }

    Statement append(String fragment) {
        sql.append('\n').append(fragment);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    Tuple values() {
        return Tuple.from(values);
    }
}
