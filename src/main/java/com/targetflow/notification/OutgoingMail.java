package com.targetflow.notification;

import com.targetflow.organisation.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One e-mail to one recipient, rendered once in the recipient's language and sent as rendered. */
@Entity
@Table(name = "tf_mail")
public class OutgoingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    private String recipientUsername;

    @Column(nullable = false)
    private String recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 100000)
    private String bodyText;

    @Column(nullable = false, length = 200000)
    private String bodyHtml;

    @Column(length = 100000)
    private String calendar;

    private String calendarMethod;

    private Long meetingId;

    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    private int attempts;

    private String lastError;

    @Enumerated(EnumType.STRING)
    private MailTransportKind transport;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    @Version
    private long version;

    protected OutgoingMail() {}

    OutgoingMail(MailMessage message, RenderedMail rendered, Instant createdAt) {
        this.kind = message.kind();
        this.recipientUsername = message.recipient().username();
        this.recipientEmail = message.recipient().email();
        this.language = message.recipient().language();
        this.subject = rendered.subject();
        this.bodyText = rendered.text();
        this.bodyHtml = rendered.html();
        if (message.calendar() != null) {
            this.calendar = message.calendar().text();
            this.calendarMethod = message.calendar().method();
        }
        this.meetingId = message.meetingId();
        this.taskId = message.taskId();
        this.status = MailStatus.QUEUED;
        this.createdAt = createdAt;
    }

    void markSent(MailTransportKind transport, Instant at) {
        this.status = MailStatus.SENT;
        this.transport = transport;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    void markFailedAttempt(String error) {
        this.status = MailStatus.RETRYING;
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    /** The server refused this mail for good; after the given number of refusals it is no longer tried. */
    void markRefused(String error, int maxRefusals) {
        markFailedAttempt(error);
        if (attempts >= maxRefusals) {
            this.status = MailStatus.FAILED;
        }
    }

    /** Queued as new after it failed, to the given address (the register's, perhaps put right since). */
    void queueAgain(String address) {
        this.recipientEmail = address;
        this.status = MailStatus.QUEUED;
        this.attempts = 0;
        this.lastError = null;
    }

    /** Still to be sent by a delivery: queued, or tried before. */
    boolean isToSend() {
        return status == MailStatus.QUEUED || status == MailStatus.RETRYING;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipientUsername() {
        return recipientUsername;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getCalendarMethod() {
        return calendarMethod;
    }

    public boolean hasCalendar() {
        return calendar != null;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getTaskId() {
        return taskId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public MailTransportKind getTransport() {
        return transport;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
