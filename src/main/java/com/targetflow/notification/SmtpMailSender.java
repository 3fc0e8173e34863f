package com.targetflow.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a recorded mail over SMTP as multipart/alternative (plain text, HTML, and the calendar
 * as text/calendar with its method, which is where Outlook and Thunderbird look for an
 * invitation), plus the same calendar as an attached .ics file for phone mail apps.
 */
class SmtpMailSender {

    /**
     * The sender's address and display name, where replies go (null: to the sender), and TargetFlow's
     * own mailbox if one is read (null: none), where replies to invitations go instead.
     */
    record Sender(String address, String name, String replyTo, String inbox) {}

    private final JavaMailSender sender;
    private final SmtpConnections connections;
    private final Sender from;

    SmtpMailSender(JavaMailSender sender, SmtpConnections connections, Sender from) {
        this.sender = sender;
        this.connections = connections;
        this.from = from;
    }

    void send(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime =
                withOwnMessageId(sender.createMimeMessage(), IncomingMails.messageId(mail.getId(), from.address()));
        mime.setFrom(new InternetAddress(from.address(), from.name(), "UTF-8"));
        String replyTo =
                from.inbox() != null && "REQUEST".equals(mail.getCalendarMethod()) ? from.inbox() : from.replyTo();
        if (replyTo != null && !replyTo.isBlank()) {
            // An invitation's plain replies go to the mailbox TargetFlow reads, which forwards them to the organizer.
            mime.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo)});
        }
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getRecipientEmail()));
        mime.setSubject(mail.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("X-TargetFlow-Mail", String.valueOf(mail.getId()));
        // A program wrote it (RFC 3834): out-of-office answers and other automatic replies stay away.
        mime.setHeader("Auto-Submitted", "auto-generated");
        // One list per kind of mail (RFC 2919), so that people can sort and filter them.
        mime.setHeader("List-Id", listId(mail.getKind(), from.address()));

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBodyText(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getBodyHtml(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (!mail.hasCalendar()) {
            mime.setContent(alternative);
        } else {
            byte[] ics = mail.getCalendar().getBytes(StandardCharsets.UTF_8);
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(ics, "text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod())));
            alternative.addBodyPart(calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, "application/ics")));
            attachment.setFileName("invite.ics");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment);
            mime.setContent(mixed);
        }
        connections.send(sender, mime);
    }

    /**
     * A fixed Message-ID naming the mail's row: a reply quotes it (In-Reply-To), so that the mailbox
     * knows which mail it answers, and a mail sent again after a crash keeps its id.
     */
    private static MimeMessage withOwnMessageId(MimeMessage created, String messageId) {
        return new MimeMessage(created.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    /** "&lt;task-reminder.targetflow.district.example&gt;": the kind, then the sender's domain. */
    static String listId(MailKind kind, String fromAddress) {
        String domain = fromAddress.contains("@") ? fromAddress.substring(fromAddress.indexOf('@') + 1) : "localhost";
        return "TargetFlow " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + " <"
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".targetflow." + domain + ">";
    }
}
