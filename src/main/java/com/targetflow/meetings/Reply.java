package com.targetflow.meetings;

/** 参会回执: come in person, send a deputy, or stay away with a reason. */
public enum Reply {
    ATTEND,
    DEPUTY,
    ABSENT
}
