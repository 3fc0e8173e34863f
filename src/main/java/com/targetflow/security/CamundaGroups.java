package com.targetflow.security;

/** Group types that TargetFlow keeps in step with its register; groups of other types are left alone. */
public final class CamundaGroups {

    /** A unit's group; its id is the unit's code, e.g. SD01. */
    public static final String TYPE_UNIT = "UNIT";
    /** A role's group, e.g. managers. */
    public static final String TYPE_ROLE = "ROLE";

    private CamundaGroups() {}
}
