package com.targetflow.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one recorded mail, once. With spring.mail.host set, Spring Boot provides a JavaMailSender
 * and the mail goes out over SMTP; without it, the mail is delivered to the built-in mailbox,
 * which is the record itself, shown on the mailbox page.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSenderIdentity sender;
    private final MailAttempts attempts;
    private final SmtpConnections connections;
    private final Clock clock;

    MailDelivery(
            OutgoingMailRepository mails,
            ObjectProvider<JavaMailSender> smtp,
            MailSenderIdentity sender,
            MailAttempts attempts,
            SmtpConnections connections,
            Clock clock) {
        this.connections = connections;
        this.mails = mails;
        this.smtp = smtp;
        this.sender = sender;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Throws MailNotSent when SMTP refuses, so that the engine retries the job (and raises an incident at the end). */
    @Transactional
    public void deliver(long mailId) {
        OutgoingMail mail = mails.findById(mailId).orElseThrow(() -> new IllegalStateException("No mail " + mailId));
        if (mail.getStatus() == MailStatus.SENT) {
            return; // a retried job after a commit that did happen: never twice
        }
        JavaMailSender transport = smtp.getIfAvailable();
        if (transport == null) {
            mail.markSent(MailTransportKind.MAILBOX, Instant.now(clock));
            return;
        }
        try {
            new SmtpMailSender(transport, connections, sender.now()).send(mail);
        } catch (Exception e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Mail {} to {} not sent, will retry: {}", mailId, mail.getRecipientEmail(), reason);
            attempts.recordFailure(mailId, reason);
            throw new MailNotSent(mailId, mail.getRecipientEmail(), reason);
        }
        mail.markSent(MailTransportKind.SMTP, Instant.now(clock));
    }

    /** A failed attempt is recorded in its own transaction, because the job's own one rolls back. */
    @Service
    static class MailAttempts {

        private final OutgoingMailRepository mails;

        MailAttempts(OutgoingMailRepository mails) {
            this.mails = mails;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void recordFailure(long mailId, String reason) {
            mails.findById(mailId).ifPresent(m -> m.markFailedAttempt(reason));
        }
    }

    /** The message Cockpit shows on the incident when retries run out. */
    public static class MailNotSent extends RuntimeException {
        MailNotSent(long mailId, String recipient, String reason) {
            super("Mail " + mailId + " to " + recipient + " not sent: " + reason);
        }
    }
}
