package com.targetflow.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mail, each mail once. A delivery (the mail-delivery job) sends every mail not yet
 * sent, oldest first, over its thread's SMTP connection; each mail is locked, sent and marked in a
 * transaction of its own, so a crash repeats at most the mail in flight and two deliveries running
 * at once never both send one. With spring.mail.host set, Spring Boot provides a JavaMailSender and
 * the mail goes out over SMTP; without it, the mail is delivered to the built-in mailbox, which is
 * the record itself, shown on the mailbox page.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** Mails read from the queue at a time. */
    private static final int PAGE = 200;
    /** A mail the server refused this many times is left out of later deliveries (shown as failed). */
    static final int MAX_REFUSALS = 5;
    /** A delivery hands the rest of a very long queue to a new one after this long, well within its job's lock. */
    private static final Duration BUDGET = Duration.ofMinutes(2);

    private final OutgoingMailRepository mails;
    private final MailRowLock rowLock;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSenderIdentity sender;
    private final SmtpConnections connections;
    private final MailDispatch dispatch;
    private final TransactionTemplate ownTransaction;
    private final int helpers;
    private final Clock clock;

    MailDelivery(
            OutgoingMailRepository mails,
            MailRowLock rowLock,
            ObjectProvider<JavaMailSender> smtp,
            MailSenderIdentity sender,
            SmtpConnections connections,
            MailDispatch dispatch,
            PlatformTransactionManager transactions,
            @Value("${targetflow.mail.deliveries-side-by-side:2}") int sideBySide,
            Clock clock) {
        this.helpers = Math.max(0, sideBySide - 1);
        this.mails = mails;
        this.rowLock = rowLock;
        this.smtp = smtp;
        this.sender = sender;
        this.connections = connections;
        this.dispatch = dispatch;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Sends every mail not yet sent and returns how many it sent. Throws MailNotSent when a mail was
     * not, so that the engine retries the job (and raises an incident at the end); while the server
     * cannot be reached it stops at the first mail.
     */
    public int deliverQueued(boolean mayCallHelpers) {
        ownTransaction.executeWithoutResult(s -> dispatch.deliveryStarting());
        // Who the mails are from, read once for the delivery (a query per mail was a fifth of a storm's work).
        SmtpMailSender.Sender from = sender.now();
        List<Long> page = mails.findIdsToSend(0, PageRequest.of(0, PAGE));
        if (mayCallHelpers && helpers > 0 && page.size() == PAGE) {
            // A long queue: deliveries running side by side each take the next mail not being sent.
            ownTransaction.executeWithoutResult(s -> dispatch.startHelpers(helpers));
        }
        // Time that really passes, whatever the business clock says (tests and the demo move it).
        long until = System.nanoTime() + BUDGET.toNanos();
        List<String> notSent = new ArrayList<>();
        int sent = 0;
        long after = 0;
        for (; !page.isEmpty(); page = mails.findIdsToSend(after, PageRequest.of(0, PAGE))) {
            for (long id : page) {
                after = id;
                Attempt attempt = ownTransaction.execute(s -> attempt(id, from));
                if (attempt.outcome() == Outcome.SENT) {
                    sent++;
                } else if (attempt.outcome() != Outcome.SKIPPED) {
                    notSent.add(attempt.problem());
                    if (attempt.outcome() == Outcome.UNREACHABLE) {
                        throw new MailNotSent(notSent);
                    }
                }
            }
            if (System.nanoTime() - until > 0) {
                ownTransaction.executeWithoutResult(s -> dispatch.wakeUp());
                break;
            }
        }
        if (!notSent.isEmpty()) {
            throw new MailNotSent(notSent);
        }
        return sent;
    }

    /**
     * Sends one mail in the caller's transaction, and says whether it went; a mail already sent is left
     * alone. This is how the first round sent every mail, in a job of its own (the benchmark still
     * measures it beside the deliveries); a failure rolls back with the caller.
     */
    @Transactional
    public boolean deliverOne(long mailId) {
        Attempt attempt = attempt(mailId, sender.now());
        if (attempt.outcome() == Outcome.REFUSED || attempt.outcome() == Outcome.UNREACHABLE) {
            throw new MailNotSent(List.of(attempt.problem()));
        }
        return attempt.outcome() == Outcome.SENT;
    }

    /** Sends one mail in the current transaction, its row locked; a mail already sent is left alone. */
    private Attempt attempt(long mailId, SmtpMailSender.Sender from) {
        OutgoingMail mail = rowLock.lockIfFree(mailId) ? mails.findById(mailId).orElse(null) : null;
        if (mail == null || !mail.isToSend()) {
            // Being sent by another delivery, or sent meanwhile: never twice. (If that delivery fails, its job
            // retries.)
            return new Attempt(Outcome.SKIPPED, null);
        }
        JavaMailSender transport = smtp.getIfAvailable();
        if (transport == null) {
            mail.markSent(MailTransportKind.MAILBOX, Instant.now(clock));
            return new Attempt(Outcome.SENT, null);
        }
        try {
            new SmtpMailSender(transport, connections, from).send(mail);
        } catch (Exception e) {
            Exception cause = unwrapped(e);
            String reason = reasonOf(cause);
            String problem = "Mail " + mailId + " to " + mail.getRecipientEmail() + " not sent: " + reason;
            if (refusedForGood(cause)) {
                mail.markRefused(reason, MAX_REFUSALS);
                log.warn("{} (refused {} time(s))", problem, mail.getAttempts());
                return new Attempt(Outcome.REFUSED, problem);
            }
            mail.markFailedAttempt(reason);
            log.warn("{}; will retry", problem);
            return new Attempt(Outcome.UNREACHABLE, problem);
        }
        mail.markSent(MailTransportKind.SMTP, Instant.now(clock));
        return new Attempt(Outcome.SENT, null);
    }

    /** Spring's sender wraps what the server said (one connection per mail); ours passes it on. */
    private static Exception unwrapped(Exception e) {
        if (e instanceof MailSendException wrapped
                && !wrapped.getFailedMessages().isEmpty()) {
            return wrapped.getFailedMessages().values().iterator().next();
        }
        return e;
    }

    /**
     * What to record, and show on the mail's page, as the reason: the server's own answer where it gave one
     * ("550 5.1.1 <…>: Recipient address rejected: User unknown"); otherwise the exception, as it says what went
     * wrong (no connection, a timeout).
     */
    private static String reasonOf(Exception e) {
        MessagingException answer = serverAnswer(e);
        return answer == null
                ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : answer.getClass().getSimpleName() + ": " + answer.getMessage().strip();
    }

    /**
     * The server answered this mail with a permanent refusal (5xx: no such recipient, message refused):
     * the next mails may still go. Anything else — no connection, a temporary 4xx — means the server is
     * not taking mail now, and the delivery stops until its job's next retry.
     */
    private static boolean refusedForGood(Exception e) {
        MessagingException answer = serverAnswer(e);
        int code = answer instanceof SMTPAddressFailedException address
                ? address.getReturnCode()
                : answer instanceof SMTPSendFailedException refused ? refused.getReturnCode() : 0;
        return code >= 500;
    }

    /** What the server said, which Angus Mail chains after its "Invalid Addresses"; null when it said nothing. */
    private static MessagingException serverAnswer(Exception e) {
        for (Exception answer = e;
                answer != null;
                answer = answer instanceof MessagingException chained ? chained.getNextException() : null) {
            if (answer instanceof SMTPAddressFailedException || answer instanceof SMTPSendFailedException) {
                return (MessagingException) answer;
            }
        }
        return null;
    }

    private enum Outcome {
        SENT,
        SKIPPED,
        REFUSED,
        UNREACHABLE
    }

    private record Attempt(Outcome outcome, String problem) {}

    /** The message Cockpit shows on the incident when retries run out. */
    public static class MailNotSent extends RuntimeException {
        MailNotSent(List<String> problems) {
            super(String.join("; ", problems));
        }
    }
}
