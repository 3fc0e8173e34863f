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

/** A message read from TargetFlow's mailbox and what it did; its key makes it act once. */
@Entity
@Table(name = "tf_inbound_mail")
public class InboundMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String messageKey;

    @Column(nullable = false)
    private Instant receivedAt;

    private String fromAddress;
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InboundOutcome outcome;

    private Long meetingId;
    private String attendee;
    private String detail;

    protected InboundMail() {}

    InboundMail(IncomingMail mail, InboundMailHandler.Handled handled, Instant at) {
        this.messageKey = mail.messageKey();
        this.receivedAt = at;
        this.fromAddress = cut(mail.from(), 320);
        this.subject = cut(mail.subject(), 500);
        this.outcome = handled.outcome();
        this.meetingId = handled.meetingId();
        this.attendee = cut(handled.attendee(), 320);
        this.detail = cut(handled.detail(), 1000);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getSubject() {
        return subject;
    }

    public InboundOutcome getOutcome() {
        return outcome;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getAttendee() {
        return attendee;
    }

    public String getDetail() {
        return detail;
    }
}
