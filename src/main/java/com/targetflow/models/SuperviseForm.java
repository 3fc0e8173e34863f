package com.targetflow.models;

/**
 * The names bpmn/forms/supervise.form uses — the district supervising late work (督办): its fields, the
 * lists and options given to it, the variables its texts and conditions read. FormContractTest fails
 * the build when the form and this class differ; the rows the code gives its lists are @FormRows
 * records.
 */
public final class SuperviseForm {

    public static final String ASSIGNEE_OPTIONS = "assigneeOptions";
    public static final String DECISION = "decision";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String LADDER_SO_FAR = "ladderSoFar";
    public static final String LATE_DAYS = "lateDays";
    public static final String LATE_DUE = "lateDue";
    public static final String LATE_TASK_NAME = "lateTaskName";
    public static final String LATE_UNIT_NAME = "lateUnitName";
    public static final String NEW_ASSIGNEE = "newAssignee";
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String NOTICE = "notice";

    private SuperviseForm() {}
}
