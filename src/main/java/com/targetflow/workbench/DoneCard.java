package com.targetflow.workbench;

/** A task the user completed (已办), newest first. */
public record DoneCard(String id, String name, String context, String completed) {}
