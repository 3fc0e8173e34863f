package com.targetflow.notification;

/** SMTP when spring.mail.host is set; otherwise the built-in mailbox, a page of the app. */
public enum MailTransportKind {
    SMTP,
    MAILBOX
}
