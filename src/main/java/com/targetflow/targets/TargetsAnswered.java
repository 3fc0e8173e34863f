package com.targetflow.targets;

import java.math.BigDecimal;
import java.util.List;

/** A unit's answer to its year's targets: accepted, or objections to some of them (the rest it accepts). */
public record TargetsAnswered(long planId, String unitCode, boolean accepted, List<Objection> objections) {

    /** One objected target: the quota the unit proposes instead (null: none readable) and why. */
    public record Objection(String indicatorCode, BigDecimal proposedQuota, String reason) {}
}
