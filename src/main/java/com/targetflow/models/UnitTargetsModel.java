package com.targetflow.models;

/**
 * The contract of bpmn/unit-targets.bpmn — a unit's year: confirming its targets, objections, the
 * quarterly reports and their review, the self-assessment and the audit: its key, user tasks, events
 * and messages, as code and tests name them. ProcessContractTest fails the build when an id here is
 * not in the model, or a user task, event or message of the model is not here.
 */
public final class UnitTargetsModel {

    public static final String KEY = "unit-targets";

    // user tasks
    public static final String TASK_CONFIRM_TARGETS = "Task_ConfirmTargets";
    public static final String TASK_RESOLVE_OBJECTION = "Task_ResolveObjection";
    public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String TASK_SELF_ASSESSMENT = "Task_SelfAssessment";
    public static final String TASK_AUDIT_SCORE = "Task_AuditScore";
    public static final String TASK_RECONFIRM_TARGETS = "Task_ReconfirmTargets";
    public static final String TASK_RESOLVE_CHANGE_OBJECTION = "Task_ResolveChangeObjection";

    // events
    public static final String EVENT_TARGETS_ISSUED = "Event_TargetsIssued";
    public static final String EVENT_QUARTER_ENDED = "Event_QuarterEnded";
    public static final String EVENT_ROUND_OPENED = "Event_RoundOpened";
    public static final String EVENT_YEAR_CLOSED = "Event_YearClosed";
    public static final String EVENT_TARGETS_CHANGED = "Event_TargetsChanged";
    public static final String EVENT_CHANGE_CONFIRMED = "Event_ChangeConfirmed";

    // message names, as correlated
    public static final String MESSAGE_REPORTING_ROUND_OPENED = "ReportingRoundOpened";
    public static final String MESSAGE_TARGETS_CHANGED = "TargetsChanged";

    // process variables the model reads or writes, by name
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_REPORT_APPROVED = "reportApproved";
    public static final String VAR_ROUND = "round";
    public static final String VAR_TARGETS_ACCEPTED = "targetsAccepted";
    public static final String VAR_UNIT_CODE = "unitCode";

    private UnitTargetsModel() {}
}
