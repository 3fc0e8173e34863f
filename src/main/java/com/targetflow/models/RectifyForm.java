package com.targetflow.models;

/**
 * The names bpmn/forms/rectify.form uses — a unit rectifying a facility (整改): its fields, the lists
 * and options given to it, the variables its texts and conditions read. FormContractTest fails the
 * build when the form and this class differ; the rows the code gives its lists are @FormRows records.
 */
public final class RectifyForm {

    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String FACILITY_ADDRESS = "facilityAddress";
    public static final String FACILITY_NAME = "facilityName";
    public static final String FINDINGS = "findings";
    public static final String RECTIFICATION = "rectification";
    public static final String RECTIFY_DAYS = "rectifyDays";
    public static final String REMARK = "remark";

    private RectifyForm() {}
}
