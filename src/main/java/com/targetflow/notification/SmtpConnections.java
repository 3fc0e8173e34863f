package com.targetflow.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * One SMTP connection per job-executor thread, kept open from one mail to the next. Spring's
 * JavaMailSender opens a connection for every mail: a TCP handshake, the server's greeting, EHLO
 * (and on a real server TLS and a login) before the mail and QUIT after it. In a storm of reminders
 * that was most of each mail's time (measured: 45 of 112 thread-seconds for 1,000 mails waiting on
 * EHLO alone). A connection is checked (NOOP) before it is used again after a pause, closed after
 * {@code targetflow.mail.smtp.mails-per-connection} mails (servers limit them, often to 100) and on
 * any failure; nothing here is state that matters, a lost connection only costs a new one.
 */
@Component
class SmtpConnections {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);
    /** Used again within this without a check: a storm's next mail follows in milliseconds. */
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final int mailsPerConnection;
    private final ThreadLocal<Open> own = new ThreadLocal<>();
    private final Set<Open> all = ConcurrentHashMap.newKeySet();

    SmtpConnections(@Value("${targetflow.mail.smtp.mails-per-connection:100}") int mailsPerConnection) {
        this.mailsPerConnection = Math.max(1, mailsPerConnection);
    }

    /** Sends over this thread's connection to the sender's server, opening one if needed. */
    void send(JavaMailSender sender, MimeMessage mime) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl smtp) || mailsPerConnection == 1) {
            sender.send(mime); // a sender of its own kind, or one connection per mail asked for
            return;
        }
        mime.saveChanges();
        Open open = connectionTo(smtp);
        try {
            open.transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close(open);
            if (open.sent == 0) {
                throw e;
            }
            // A connection that served before can have been closed by the server since (a restart, its idle
            // limit): the mail is tried once on a new one rather than waiting for the job's next retry.
            log.debug("SMTP connection failed after {} mails, trying a new one: {}", open.sent, e.toString());
            open = connectionTo(smtp);
            try {
                open.transport.sendMessage(mime, mime.getAllRecipients());
            } catch (MessagingException | RuntimeException again) {
                close(open);
                throw again;
            }
        }
        open.sent++;
        open.lastUsed = System.nanoTime();
        if (open.sent >= mailsPerConnection) {
            close(open);
        }
    }

    private Open connectionTo(JavaMailSenderImpl smtp) throws MessagingException {
        Open open = own.get();
        if (open != null && (open.sender != smtp || !usable(open))) {
            close(open);
            open = null;
        }
        if (open == null) {
            Transport transport = smtp.getSession().getTransport(protocolOf(smtp));
            transport.connect(
                    smtp.getHost(), smtp.getPort(), blankAsNull(smtp.getUsername()), blankAsNull(smtp.getPassword()));
            open = new Open(smtp, transport);
            own.set(open);
            all.add(open);
        }
        return open;
    }

    /** As Spring chooses it: the sender's, else the session's, else SMTP. */
    private static String protocolOf(JavaMailSenderImpl smtp) {
        if (smtp.getProtocol() != null) {
            return smtp.getProtocol();
        }
        String configured = smtp.getSession().getProperty("mail.transport.protocol");
        return configured != null ? configured : JavaMailSenderImpl.DEFAULT_PROTOCOL;
    }

    /** As Spring connects: an empty user name means no login. */
    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** A connection used a moment ago is; after a pause the server may have closed it, so ask. */
    private static boolean usable(Open open) {
        return System.nanoTime() - open.lastUsed < FRESH.toNanos() || open.transport.isConnected();
    }

    private void close(Open open) {
        if (own.get() == open) {
            own.remove();
        }
        all.remove(open);
        try {
            open.transport.close();
        } catch (MessagingException | RuntimeException e) {
            log.debug("SMTP connection closed with: {}", e.toString());
        }
    }

    @PreDestroy
    void closeAll() {
        all.forEach(this::close);
    }

    private static final class Open {
        final JavaMailSenderImpl sender;
        final Transport transport;
        int sent;
        long lastUsed = System.nanoTime();

        Open(JavaMailSenderImpl sender, Transport transport) {
            this.sender = sender;
            this.transport = transport;
        }
    }
}
