package com.targetflow.organisation;

/** Published inside the transaction that created or changed a unit. */
public record UnitChanged(String code, String name) {}
