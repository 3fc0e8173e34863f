package com.targetflow.organisation;

/**
 * Published when a person is added without a password: nobody but the person may choose it, so
 * they are sent an invitation to set it (the account feature listens, in the same transaction).
 */
public record PersonNeedsPassword(String username) {}
