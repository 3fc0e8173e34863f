package com.targetflow.security;

import java.time.Instant;

/**
 * Published when a one-time link to set a password is issued (an invitation to a new account, or a
 * reset): the person gets it by mail (the notification feature sends it), in the same transaction.
 * The path holds the secret; only its hash is stored.
 */
public record PasswordLinkIssued(String username, boolean invitation, String path, Instant expires) {}
