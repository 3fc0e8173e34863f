package com.targetflow.calendar;

/** A day the arrangement changes: a public holiday (放假) or a weekend day worked in exchange (调休上班). */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
