package com.targetflow.organisation;

/** 科普阵地: the kinds of science facility the district keeps. */
public enum FacilityKind {
    GALLERY,
    BULLETIN_BOARD,
    CITIZEN_SCIENCE_SCHOOL,
    ACTIVITY_CENTRE,
    READING_ROOM,
    EDUCATION_BASE
}
