package com.targetflow.models;

/**
 * The names bpmn/forms/self-assessment.form uses — a unit's self-assessment (自评): its fields, the
 * lists and options given to it, the variables its texts and conditions read. FormContractTest fails
 * the build when the form and this class differ; the rows the code gives its lists are @FormRows
 * records.
 */
public final class SelfAssessmentForm {

    public static final String VALUES = "values";

    private SelfAssessmentForm() {}
}
