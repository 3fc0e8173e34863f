package com.targetflow.operations;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once-only work (the demo district, the shared Tasklist filters) claims a marker row in the
 * caller's transaction. The primary key lets exactly one node of a cluster win; the others see the
 * marker, or block until the winner commits and then see it.
 */
@Component
public class SeedMarkers {

    private final JdbcTemplate jdbc;

    public SeedMarkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the work named was done, on this node or another. */
    public boolean isClaimed(String name) {
        Integer present =
                jdbc.queryForObject("select count(*) from tf_seed_marker where name = ?", Integer.class, name);
        return present != null && present > 0;
    }

    /** True when this caller may do the work named; the claim commits or rolls back with the work. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String name) {
        if (isClaimed(name)) {
            return false;
        }
        try {
            jdbc.update(
                    "insert into tf_seed_marker (name, applied_at) values (?, ?)", name, Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException another) {
            return false;
        }
    }
}
