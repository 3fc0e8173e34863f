package com.targetflow.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a received MIME message into an {@link IncomingMail}, whichever client built it. */
final class IncomingMails {

    /** The Message-ID TargetFlow gives each mail it sends (see SmtpMailSender); replies quote it. */
    private static final Pattern OWN_MESSAGE_ID = Pattern.compile("<targetflow-mail-(\\d+)@");

    private static final int MAX_TEXT = 4000;

    private IncomingMails() {}

    static String messageId(long mailId, String fromAddress) {
        String domain = fromAddress.contains("@") ? fromAddress.substring(fromAddress.indexOf('@') + 1) : "localhost";
        return "<targetflow-mail-" + mailId + "@" + domain + ">";
    }

    static IncomingMail read(MimeMessage message) throws MessagingException, IOException {
        List<String> calendars = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        walk(message, calendars, text);
        String from = message.getFrom() == null || message.getFrom().length == 0
                ? null
                : message.getFrom()[0] instanceof InternetAddress address
                        ? address.getAddress().toLowerCase(Locale.ROOT)
                        : null;
        String body = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
        return new IncomingMail(
                key(message), from, message.getSubject(), body.strip(), calendars, automatic(message), null);
    }

    /** The ids of TargetFlow's mails that the message answers, newest reference first. */
    static List<Long> answeredMailIds(MimeMessage message) throws MessagingException {
        List<Long> ids = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Matcher matcher = OWN_MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    ids.add(0, Long.valueOf(matcher.group(1)));
                }
            }
        }
        return ids;
    }

    /** Its Message-ID; a message without one is known by a digest of its bytes. */
    private static String key(MimeMessage message) throws MessagingException, IOException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank() && id.length() <= 290) {
            return id.strip();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** RFC 3834: out-of-office notes and other automatic answers say so; some older programs use X-Autoreply. */
    private static boolean automatic(MimeMessage message) throws MessagingException {
        String[] submitted = message.getHeader("Auto-Submitted");
        if (submitted != null && !submitted[0].strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        return message.getHeader("X-Autoreply") != null;
    }

    private static void walk(Part part, List<String> calendars, StringBuilder text)
            throws MessagingException, IOException {
        String type = part.getContentType() == null
                ? "text/plain"
                : part.getContentType().toLowerCase(Locale.ROOT);
        String fileName = part.getFileName() == null ? "" : part.getFileName().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, calendars, text);
            }
        } else if (type.startsWith("text/calendar")
                || type.startsWith("application/ics")
                || fileName.endsWith(".ics")) {
            String calendar = decoded(part);
            // The same calendar often comes twice: inline for the mail program and attached for phones.
            if (!calendars.contains(calendar)) {
                calendars.add(calendar);
            }
        } else if (type.startsWith("text/plain")
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                && text.isEmpty()) {
            text.append(withoutQuote(decoded(part)));
        }
    }

    /** The part's text in its charset (UTF-8 when none is named or the name is unknown). */
    private static String decoded(Part part) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null && Charset.isSupported(name)) {
                charset = Charset.forName(name);
            }
        } catch (MessagingException | IllegalArgumentException badHeader) {
            // keep UTF-8
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset);
        }
    }

    /** What the sender wrote, without the quoted mail below it. */
    private static String withoutQuote(String body) {
        StringBuilder own = new StringBuilder();
        for (String line : body.split("\\r?\\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(">")
                    || trimmed.matches("(?i)^-+ ?(original message|原始邮件|forwarded message).*")
                    || trimmed.matches("^On .+ wrote:$")
                    || trimmed.matches("^在 .+ 写道[:：]$")) {
                break;
            }
            own.append(line).append('\n');
        }
        return own.toString();
    }
}
