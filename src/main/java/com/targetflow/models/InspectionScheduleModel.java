package com.targetflow.models;

/**
 * The contract of bpmn/inspection-schedule.bpmn — the monthly timer that starts the inspection rounds
 * due: its key, user tasks, events and messages, as code and tests name them. ProcessContractTest
 * fails the build when an id here is not in the model, or a user task, event or message of the model
 * is not here.
 */
public final class InspectionScheduleModel {

    public static final String KEY = "inspection-schedule";

    // events
    public static final String EVENT_MONTHLY_CHECK = "Event_MonthlyCheck";
    public static final String EVENT_SCHEDULED_ROUNDS_STARTED = "Event_ScheduledRoundsStarted";

    private InspectionScheduleModel() {}
}
