package com.targetflow.models;

/**
 * The names bpmn/forms/audit-score.form uses — the district's audit of a unit's year (考核评分): its
 * fields, the lists and options given to it, the variables its texts and conditions read.
 * FormContractTest fails the build when the form and this class differ; the rows the code gives its
 * lists are @FormRows records.
 */
public final class AuditScoreForm {

    public static final String VALUES = "values";

    private AuditScoreForm() {}
}
