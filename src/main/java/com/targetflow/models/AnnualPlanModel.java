package com.targetflow.models;

/**
 * The contract of bpmn/annual-plan.bpmn — the district's plan for a year: one unit-targets instance
 * per unit: its key, user tasks, events and messages, as code and tests name them. ProcessContractTest
 * fails the build when an id here is not in the model, or a user task, event or message of the model
 * is not here.
 */
public final class AnnualPlanModel {

    public static final String KEY = "annual-plan";

    // events
    public static final String EVENT_PLAN_ISSUED = "Event_PlanIssued";
    public static final String EVENT_PLAN_COMPLETED = "Event_PlanCompleted";

    // process variables the model reads or writes, by name
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_ROUND = "round";
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_UNIT_CODES = "unitCodes";
    public static final String VAR_YEAR = "year";

    private AnnualPlanModel() {}
}
