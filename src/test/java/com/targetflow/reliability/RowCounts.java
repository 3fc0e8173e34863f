package com.targetflow.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The number of rows in every table of the database — the app's and Camunda's — taken in one
 * query, so that a refused request can be shown to have written nothing anywhere. Web sessions
 * are left out: they are not data.
 */
final class RowCounts {

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final String query;

    RowCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = jdbc.queryForList(
                "select table_name from information_schema.tables where lower(table_schema) = 'public' "
                        + "and table_type in ('BASE TABLE', 'TABLE') and lower(table_name) not like 'spring_session%' order by table_name",
                String.class);
        this.query = "select "
                + tables.stream()
                        .map(t -> "(select count(*) from \"" + t + "\")")
                        .collect(Collectors.joining(", "));
    }

    int tableCount() {
        return tables.size();
    }

    Map<String, Long> now() {
        return jdbc.query(query, rs -> {
            rs.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
            }
            return counts;
        });
    }
}
