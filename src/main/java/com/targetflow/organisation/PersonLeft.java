package com.targetflow.organisation;

/**
 * Published in the transaction of a staff change (人员变动): the person left and their successor took
 * over. The sign-in side locks the account; the features hand the person's work on (WorkHandover).
 */
public record PersonLeft(String leaver, String leaverName, String successor, String successorName, String by) {}
