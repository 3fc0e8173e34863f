package com.targetflow.models;

/**
 * The names bpmn/forms/review-report.form uses — the district reviewing a report (审核进展): its fields,
 * the lists and options given to it, the variables its texts and conditions read. FormContractTest
 * fails the build when the form and this class differ; the rows the code gives its lists are @FormRows
 * records.
 */
public final class ReviewReportForm {

    public static final String COMMENTS = "comments";
    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String REPORT_APPROVED = "reportApproved";
    public static final String REPORT_NARRATIVE = "reportNarrative";

    private ReviewReportForm() {}
}
