package com.targetflow.targets;

import java.math.BigDecimal;
import java.util.List;

/** The district's answer to a unit's objections: for each objected target, ACCEPT, KEEP or SET a quota. */
public record ObjectionsResolved(long planId, String unitCode, List<Decision> decisions) {

    public enum Choice {
        ACCEPT,
        KEEP,
        SET
    }

    /** One objected target's decision; the quota only with SET (null: none readable). */
    public record Decision(String indicatorCode, Choice choice, BigDecimal quota) {}
}
