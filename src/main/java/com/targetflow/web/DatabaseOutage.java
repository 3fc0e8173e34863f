package com.targetflow.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database did not answer" in whatever wrapping it arrives: Spring's own exceptions
 * for it, or a JDBC connection failure (SQLState class 08) deep inside the engine's or Hibernate's.
 */
public final class DatabaseOutage {

    /**
     * When a connection breaks in a transaction, Hikari closes it, the rollback then fails on it with
     * this message and no SQLState, and Spring's TransactionTemplate throws that instead of the first
     * failure: it is all that is left to tell an outage by.
     */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                            || HIKARI_CLOSED.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
