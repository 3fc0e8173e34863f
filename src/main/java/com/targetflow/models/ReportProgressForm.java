package com.targetflow.models;

/**
 * The names bpmn/forms/report-progress.form uses — a unit's quarterly report (进展填报): its fields, the
 * lists and options given to it, the variables its texts and conditions read. FormContractTest fails
 * the build when the form and this class differ; the rows the code gives its lists are @FormRows
 * records.
 */
public final class ReportProgressForm {

    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String NARRATIVE = "narrative";
    public static final String VALUES = "values";

    private ReportProgressForm() {}
}
