package com.targetflow.targets;

import java.math.BigDecimal;

/** The highest quota any unit has for an indicator in a plan (how many meetings the plan asks for). */
public record HighestQuota(String indicatorCode, BigDecimal quota) {}
