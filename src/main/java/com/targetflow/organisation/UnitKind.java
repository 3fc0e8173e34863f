package com.targetflow.organisation;

/** The kinds of unit in a district's science association network (see shared/domain.md). */
public enum UnitKind {
    DISTRICT_ASSOCIATION,
    SUBDISTRICT_ASSOCIATION,
    COMMUNITY,
    ENTERPRISE_ASSOCIATION,
    SOCIETY
}
