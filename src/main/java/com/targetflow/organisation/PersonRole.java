package com.targetflow.organisation;

/**
 * What a person does in their unit. Each role is also a Camunda group, so that a process can
 * address "the managers" or "the inspectors" as candidate groups.
 */
public enum PersonRole {
    /** 秘书长: does the unit's tasks. */
    SECRETARY_GENERAL("secretaries"),
    /** 分管领导: the first step of escalation. */
    UNIT_LEADER("unit-leaders"),
    /** 区科协工作人员: issues and reviews targets. */
    MANAGER("managers"),
    /** 检查人员. */
    INSPECTOR("inspectors"),
    /** 区科协领导: reads the dashboard, told of escalations. */
    DISTRICT_LEADER("district-leaders"),
    /** Administers TargetFlow and the Camunda webapps. */
    ADMINISTRATOR("camunda-admin");

    private final String groupId;

    PersonRole(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    /** Roles that see the whole district rather than only their own unit. */
    public boolean seesWholeDistrict() {
        return this == MANAGER || this == DISTRICT_LEADER || this == ADMINISTRATOR || this == INSPECTOR;
    }
}
