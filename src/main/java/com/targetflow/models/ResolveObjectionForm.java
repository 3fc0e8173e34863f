package com.targetflow.models;

/**
 * The names bpmn/forms/resolve-objection.form uses — the district answering an objection (处理异议, also
 * 处理调整异议): its fields, the lists and options given to it, the variables its texts and conditions read.
 * FormContractTest fails the build when the form and this class differ; the rows the code gives its
 * lists are @FormRows records.
 */
public final class ResolveObjectionForm {

    public static final String RESOLUTIONS = "resolutions";
    public static final String TARGET_OPTIONS = "targetOptions";
    public static final String TARGETS = "targets";

    /** What the user enters in each row of the resolutions list. */
    public static final class Resolutions {

        public static final String DECISION = "decision";
        public static final String INDICATOR_CODE = "indicatorCode";
        public static final String QUOTA = "quota";

        private Resolutions() {}
    }

    private ResolveObjectionForm() {}
}
