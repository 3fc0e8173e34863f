package com.targetflow.models;

/**
 * The contract of bpmn/calendar-check.bpmn — the Monday timer that reminds of an empty meeting
 * calendar: its key, user tasks, events and messages, as code and tests name them. ProcessContractTest
 * fails the build when an id here is not in the model, or a user task, event or message of the model
 * is not here.
 */
public final class CalendarCheckModel {

    public static final String KEY = "calendar-check";

    // events
    public static final String EVENT_WEEKLY_CHECK = "Event_WeeklyCheck";
    public static final String EVENT_CALENDAR_CHECKED = "Event_CalendarChecked";

    private CalendarCheckModel() {}
}
