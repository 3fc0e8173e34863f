package com.targetflow.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * Calendar answers to an invitation as the common clients write them (iMIP, RFC 6047), byte for
 * byte in their usual shape: Outlook/Exchange (multipart/alternative, the calendar inline as base64
 * with METHOD:REPLY, Windows zone names, MAILTO: in capitals, the comment in COMMENT), Apple Mail
 * with macOS Calendar (the comment only in the mail's text, quoted-printable, the calendar named
 * iCal-….ics, attendee parameters quoted), Thunderbird (multipart/mixed: text, the calendar inline
 * as 8bit and again as an attached invite.ics, COMMENT, an Asia/Shanghai VTIMEZONE).
 */
final class CalendarClients {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** What a client takes from the invitation it received. */
    record Invitation(
            String uid,
            int sequence,
            String organizer,
            String summary,
            LocalDateTime start,
            LocalDateTime end,
            String messageId) {}

    private CalendarClients() {}

    static String outlook(Invitation invitation, String from, String name, String partstat, String comment) {
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "METHOD:REPLY",
                "PRODID:Microsoft Exchange Server 2010",
                "VERSION:2.0",
                "BEGIN:VTIMEZONE",
                "TZID:China Standard Time",
                "BEGIN:STANDARD",
                "DTSTART:16010101T000000",
                "TZOFFSETFROM:+0800",
                "TZOFFSETTO:+0800",
                "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "ATTENDEE;PARTSTAT=" + partstat + ";CN=" + name + ":MAILTO:" + from.toUpperCase(),
                "COMMENT;LANGUAGE=zh-CN:" + (comment == null ? "\\n" : comment),
                "SUMMARY;LANGUAGE=zh-CN:" + ("ACCEPTED".equals(partstat) ? "已接受: " : "已拒绝: ") + invitation.summary(),
                "DTSTART;TZID=China Standard Time:" + LOCAL.format(invitation.start()),
                "DTEND;TZID=China Standard Time:" + LOCAL.format(invitation.end()),
                "UID:" + invitation.uid(),
                "CLASS:PUBLIC",
                "PRIORITY:5",
                "DTSTAMP:20261206T081500Z",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:" + invitation.sequence(),
                "X-MICROSOFT-CDO-APPT-SEQUENCE:" + invitation.sequence(),
                "X-MICROSOFT-CDO-OWNERAPPTID:-1254837162",
                "X-MICROSOFT-CDO-REPLYTIME:20261206T081500Z",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        String boundary =
                "_000_HK0PR03MB" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
        return String.join(
                "\r\n",
                "From: " + encodedWord(name) + " <" + from + ">",
                "To: " + encodedWord("区科协") + " <" + invitation.organizer() + ">",
                "Subject: " + encodedWord(("ACCEPTED".equals(partstat) ? "已接受: " : "已拒绝: ") + invitation.summary()),
                "Thread-Topic: " + encodedWord(invitation.summary()),
                "Thread-Index: AQHa8xKz7vQ3Kq1bUk2u5Yx1Ew==",
                "Date: Sun, 6 Dec 2026 08:15:00 +0000",
                "Message-ID: <HK0PR03MB" + UUID.randomUUID().toString().replace("-", "")
                        + "@HK0PR03MB4929.apcprd03.prod.outlook.com>",
                "Accept-Language: zh-CN, en-US",
                "Content-Language: zh-CN",
                "X-MS-Has-Attach:",
                "X-MS-TNEF-Correlator:",
                "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"",
                "",
                "--" + boundary,
                "Content-Type: text/plain; charset=\"utf-8\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64(comment == null ? "" : comment),
                "--" + boundary,
                "Content-Type: text/html; charset=\"utf-8\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64(
                        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                                + (comment == null ? "" : comment) + "</body></html>"),
                "--" + boundary,
                "Content-Type: text/calendar; charset=\"utf-8\"; method=REPLY",
                "Content-Transfer-Encoding: base64",
                "",
                base64(ics),
                "--" + boundary + "--",
                "");
    }

    static String appleMail(Invitation invitation, String from, String name, String partstat, String text) {
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Apple Inc.//macOS 14.6//EN",
                "METHOD:REPLY",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "ATTENDEE;CN=\"" + name + "\";CUTYPE=INDIVIDUAL;EMAIL=\"" + from + "\";PARTSTAT=" + partstat
                        + ":mailto:" + from,
                "DTEND;TZID=Asia/Shanghai:" + LOCAL.format(invitation.end()),
                "DTSTAMP:20261206T081700Z",
                "DTSTART;TZID=Asia/Shanghai:" + LOCAL.format(invitation.start()),
                "ORGANIZER;CN=\"区科协\":mailto:" + invitation.organizer(),
                "REQUEST-STATUS:2.0;Success",
                "SEQUENCE:" + invitation.sequence(),
                "SUMMARY:" + invitation.summary(),
                "UID:" + invitation.uid(),
                "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        String boundary = "Apple-Mail=_" + UUID.randomUUID().toString().toUpperCase();
        return String.join(
                "\r\n",
                "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"",
                "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))",
                "Subject: " + encodedWord("拒绝：" + invitation.summary()),
                "From: " + encodedWord(name) + " <" + from + ">",
                "Date: Sun, 6 Dec 2026 16:17:00 +0800",
                "Message-Id: <" + UUID.randomUUID().toString().toUpperCase() + "@icloud.com>",
                "To: " + invitation.organizer(),
                "X-Mailer: Apple Mail (2.3776.700.51)",
                "",
                "--" + boundary,
                "Content-Transfer-Encoding: quoted-printable",
                "Content-Type: text/plain; charset=utf-8",
                "",
                quotedPrintable(text),
                "--" + boundary,
                "Content-Transfer-Encoding: quoted-printable",
                "Content-Type: text/calendar; method=REPLY; name=iCal-20261206-161700.ics; charset=utf-8",
                "",
                quotedPrintable(ics),
                "--" + boundary + "--",
                "");
    }

    static String thunderbird(Invitation invitation, String from, String name, String partstat, String comment) {
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                "VERSION:2.0",
                "METHOD:REPLY",
                "BEGIN:VTIMEZONE",
                "TZID:Asia/Shanghai",
                "BEGIN:STANDARD",
                "TZOFFSETFROM:+0800",
                "TZOFFSETTO:+0800",
                "TZNAME:CST",
                "DTSTART:19700101T000000",
                "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "CREATED:20261206T081800Z",
                "LAST-MODIFIED:20261206T081900Z",
                "DTSTAMP:20261206T081900Z",
                "UID:" + invitation.uid(),
                "SUMMARY:" + invitation.summary(),
                "ORGANIZER;CN=区科协:mailto:" + invitation.organizer(),
                "ATTENDEE;CN=" + name + ";PARTSTAT=" + partstat + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + from,
                "COMMENT:" + comment,
                "DTSTART;TZID=Asia/Shanghai:" + LOCAL.format(invitation.start()),
                "DTEND;TZID=Asia/Shanghai:" + LOCAL.format(invitation.end()),
                "SEQUENCE:" + invitation.sequence(),
                "TRANSP:OPAQUE",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        String outer =
                "------------" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        return String.join(
                "\r\n",
                "Message-ID: <" + UUID.randomUUID() + "@demo.targetflow.local>",
                "Date: Sun, 6 Dec 2026 16:19:00 +0800",
                "MIME-Version: 1.0",
                "User-Agent: Mozilla Thunderbird",
                "Content-Language: zh-CN",
                "From: " + encodedWord(name) + " <" + from + ">",
                "To: " + invitation.organizer(),
                "Subject: " + encodedWord("暂定接受：" + invitation.summary()),
                "Content-Type: multipart/mixed; boundary=\"" + outer + "\"",
                "",
                "This is a multi-part message in MIME format.",
                "--" + outer,
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                name + " 已暂定接受您的活动邀请。",
                "",
                "--" + outer,
                "Content-Type: text/calendar; charset=UTF-8; method=REPLY",
                "Content-Transfer-Encoding: 8bit",
                "",
                ics,
                "--" + outer,
                "Content-Type: application/ics; name=\"invite.ics\"",
                "Content-Disposition: attachment; filename=\"invite.ics\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64(ics),
                "--" + outer + "--",
                "");
    }

    /** A person's own words in reply to an invitation, quoting it, as any mail program sends them. */
    static String plainReply(Invitation invitation, String from, String name, String text, String replyTo) {
        return String.join(
                "\r\n",
                "Message-ID: <" + UUID.randomUUID() + "@demo.targetflow.local>",
                "Date: Sun, 6 Dec 2026 16:30:00 +0800",
                "MIME-Version: 1.0",
                "From: " + encodedWord(name) + " <" + from + ">",
                "To: " + replyTo,
                "Subject: " + encodedWord("回复：" + invitation.summary()),
                "In-Reply-To: " + invitation.messageId(),
                "References: " + invitation.messageId(),
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                text,
                "",
                "在 2026年12月6日 16:00, 区科协 写道:",
                "> 兹定于以下时间召开会议，请准时参加。",
                "");
    }

    /** An out-of-office note (RFC 3834), which must change nothing. */
    static String outOfOffice(Invitation invitation, String from, String name) {
        return String.join(
                "\r\n",
                "Message-ID: <" + UUID.randomUUID() + "@demo.targetflow.local>",
                "Date: Sun, 6 Dec 2026 16:31:00 +0800",
                "MIME-Version: 1.0",
                "From: " + encodedWord(name) + " <" + from + ">",
                "To: " + invitation.organizer(),
                "Subject: " + encodedWord("自动答复：" + invitation.summary()),
                "Auto-Submitted: auto-replied",
                "In-Reply-To: " + invitation.messageId(),
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "本人 12 月 7 日至 12 月 12 日休假，邮件将于返岗后处理。",
                "");
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String base64(String text) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 2045 quoted-printable, as Apple Mail writes it (soft breaks before 76 characters). */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                out.append("\r\n");
                column = 0;
                i++;
                continue;
            }
            String piece = (b >= 33 && b <= 126 && b != '=') || b == ' '
                    ? String.valueOf((char) b)
                    : String.format("=%02X", b);
            if (column + piece.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }
}
