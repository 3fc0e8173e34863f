package com.targetflow.targets;

import java.math.BigDecimal;

/** A value a unit or the district gave for one target, as read from a form's row (null: none readable). */
public record ValueGiven(String indicatorCode, BigDecimal value) {}
