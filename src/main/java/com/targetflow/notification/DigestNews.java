package com.targetflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An outcome kept for a person's next digest: its headline and lines, in the reader's language. */
@Entity
@Table(name = "tf_digest_news")
public class DigestNews {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    @Column(nullable = false)
    private String headline;

    @Column(nullable = false)
    private String body;

    private String taskId;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant toldAt;

    protected DigestNews() {}

    DigestNews(String username, MailKind kind, String headline, String body, String taskId, Instant createdAt) {
        this.username = username;
        this.kind = kind;
        this.headline = headline;
        this.body = body;
        this.taskId = taskId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBody() {
        return body;
    }

    public String getTaskId() {
        return taskId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getToldAt() {
        return toldAt;
    }

    /** A digest carried it: it is not told again. */
    public void told(Instant when) {
        this.toldAt = when;
    }
}
