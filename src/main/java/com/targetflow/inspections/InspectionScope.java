package com.targetflow.inspections;

/** Which facilities of a kind a round visits: all of them, those of one sub-district, or a random sample. */
public enum InspectionScope {
    ALL,
    SUBDISTRICT,
    SAMPLE
}
