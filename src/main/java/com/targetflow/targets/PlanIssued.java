package com.targetflow.targets;

/** An annual plan was issued; published inside the issuing transaction, so listeners succeed or fail with it. */
public record PlanIssued(long planId, int year) {
}
