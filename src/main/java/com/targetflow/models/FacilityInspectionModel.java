package com.targetflow.models;

/**
 * The contract of bpmn/facility-inspection.bpmn — an inspection round: each facility inspected,
 * rectified and re-inspected, escalated to the district after two failed re-inspections: its key, user
 * tasks, events and messages, as code and tests name them. ProcessContractTest fails the build when an
 * id here is not in the model, or a user task, event or message of the model is not here.
 */
public final class FacilityInspectionModel {

    public static final String KEY = "facility-inspection";

    // user tasks
    public static final String TASK_INSPECT_FACILITY = "Task_InspectFacility";
    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TASK_REINSPECT = "Task_Reinspect";
    public static final String TASK_ESCALATE_TO_DISTRICT = "Task_EscalateToDistrict";

    // events
    public static final String EVENT_ROUND_STARTED = "Event_RoundStarted";
    public static final String EVENT_FACILITY_DUE = "Event_FacilityDue";
    public static final String EVENT_FACILITY_PASSED = "Event_FacilityPassed";
    public static final String EVENT_FACILITY_RECTIFIED = "Event_FacilityRectified";
    public static final String EVENT_FACILITY_ESCALATED = "Event_FacilityEscalated";
    public static final String EVENT_ROUND_CLOSED = "Event_RoundClosed";

    // process variables the model reads or writes, by name
    public static final String VAR_DECISION = "decision";
    public static final String VAR_FACILITY_ID = "facilityId";
    public static final String VAR_FACILITY_IDS = "facilityIds";
    public static final String VAR_FAILED_REINSPECTIONS = "failedReinspections";
    public static final String VAR_INSPECTION_ID = "inspectionId";
    public static final String VAR_INSPECTOR = "inspector";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_ROUND_ID = "roundId";
    public static final String VAR_UNIT_CODE = "unitCode";

    private FacilityInspectionModel() {}
}
