package com.targetflow.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Locks one mail's row for the current transaction unless another transaction holds it — a delivery
 * sending that mail now — and then says so at once ({@code for update skip locked}, which H2 2.3 and
 * PostgreSQL both do; Hibernate's H2 dialect would wait instead, so this is plain SQL). Deliveries
 * running side by side each take the next free mail. Plain JDBC on the transaction's connection: the
 * entity is read after the lock is held, by its key, which Hibernate does cheaper than it maps a
 * native query's rows.
 */
@Component
class MailRowLock {

    private final JdbcTemplate jdbc;

    MailRowLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this transaction holds the row's lock now; false when another one does, or there is no row. */
    boolean lockIfFree(long mailId) {
        return !jdbc.queryForList("select id from tf_mail where id = ? for update skip locked", Long.class, mailId)
                .isEmpty();
    }
}
