package com.targetflow.models;

/**
 * The names bpmn/forms/confirm-targets.form uses — a unit confirming or objecting to its targets
 * (确认目标, also 确认目标调整): its fields, the lists and options given to it, the variables its texts and
 * conditions read. FormContractTest fails the build when the form and this class differ; the rows the
 * code gives its lists are @FormRows records.
 */
public final class ConfirmTargetsForm {

    public static final String OBJECTION_OUTCOME = "objectionOutcome";
    public static final String OBJECTIONS = "objections";
    public static final String TARGET_OPTIONS = "targetOptions";
    public static final String TARGETS = "targets";
    public static final String TARGETS_ACCEPTED = "targetsAccepted";

    /** What the user enters in each row of the objections list. */
    public static final class Objections {

        public static final String INDICATOR_CODE = "indicatorCode";
        public static final String PROPOSED_QUOTA = "proposedQuota";
        public static final String REASON = "reason";

        private Objections() {}
    }

    private ConfirmTargetsForm() {}
}
