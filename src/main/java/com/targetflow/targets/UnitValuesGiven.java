package com.targetflow.targets;

import java.util.List;

/** Values for each of a unit's targets at the year's end: the unit's self-assessment or the district's audit. */
public record UnitValuesGiven(long planId, String unitCode, List<ValueGiven> values) {}
