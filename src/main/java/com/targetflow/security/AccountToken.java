package com.targetflow.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link to set one's password: its secret's digest, whose account, what for, until when. */
@Entity
@Table(name = "tf_account_token")
class AccountToken {

    enum Purpose {
        INVITATION,
        RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(String tokenHash, String username, Purpose purpose, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    String getUsername() {
        return username;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
