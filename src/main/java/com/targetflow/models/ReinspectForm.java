package com.targetflow.models;

/**
 * The names bpmn/forms/reinspect.form uses — the inspector's re-inspection (复查): its fields, the lists
 * and options given to it, the variables its texts and conditions read. FormContractTest fails the
 * build when the form and this class differ; the rows the code gives its lists are @FormRows records.
 */
public final class ReinspectForm {

    public static final String ACTIVITIES_HELD = "activitiesHeld";
    public static final String BOARD_INTACT = "boardIntact";
    public static final String CLEAN = "clean";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String CONTENT_UPDATED = "contentUpdated";
    public static final String DOOR_SIGN = "doorSign";
    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String FACILITY_ADDRESS = "facilityAddress";
    public static final String FACILITY_CODE = "facilityCode";
    public static final String FACILITY_KIND_NAME = "facilityKindName";
    public static final String FACILITY_NAME = "facilityName";
    public static final String FACILITY_OWNER = "facilityOwner";
    public static final String HAZARD = "hazard";
    public static final String LECTURES_HELD = "lecturesHeld";
    public static final String OPEN_TO_PUBLIC = "openToPublic";
    public static final String OWNER_SHOWN = "ownerShown";
    public static final String RECTIFICATION_DONE = "rectificationDone";
    public static final String REMARK = "remark";
    public static final String SCIENCE_THEME = "scienceTheme";
    public static final String SECTION = "section";
    public static final String SIGN_IN_RECORDS = "signInRecords";
    public static final String TEACHING_PLAN = "teachingPlan";

    private ReinspectForm() {}
}
