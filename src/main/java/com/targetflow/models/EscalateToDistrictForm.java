package com.targetflow.models;

/**
 * The names bpmn/forms/escalate-to-district.form uses — the district deciding on a facility that
 * failed two re-inspections (督办): its fields, the lists and options given to it, the variables its
 * texts and conditions read. FormContractTest fails the build when the form and this class differ; the
 * rows the code gives its lists are @FormRows records.
 */
public final class EscalateToDistrictForm {

    public static final String ESCALATION = "escalation";
    public static final String FACILITY_ADDRESS = "facilityAddress";
    public static final String FACILITY_NAME = "facilityName";
    public static final String FINDINGS = "findings";
    public static final String REMARK = "remark";

    private EscalateToDistrictForm() {}
}
