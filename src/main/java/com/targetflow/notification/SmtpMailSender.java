package com.targetflow.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a recorded mail over SMTP as multipart/alternative (plain text, HTML, and the calendar
 * as text/calendar with its method, which is where Outlook and Thunderbird look for an
 * invitation), plus the same calendar as an attached .ics file for phone mail apps.
 */
class SmtpMailSender {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailSender(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    void send(OutgoingMail mail) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress(from));
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getRecipientEmail()));
        mime.setSubject(mail.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("X-TargetFlow-Mail", String.valueOf(mail.getId()));

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
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
                    "text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod())));
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
        mime.saveChanges();
        sender.send(mime);
    }
}
