package com.targetflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * targetflow.base-url: where people reach TargetFlow, for the links in mails;
 * targetflow.mail.from: the sender's address of every mail; .sender-name: its display name (else the
 * district association's name from the register); .reply-to: where replies go (else the sender).
 */
@ConfigurationProperties("targetflow")
public record NotificationProperties(String baseUrl, Mail mail) {

    public record Mail(String from, String senderName, String replyTo) {}

    public NotificationProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (mail == null || mail.from() == null || mail.from().isBlank()) {
            mail = new Mail(
                    "targetflow@localhost",
                    mail == null ? null : mail.senderName(),
                    mail == null ? null : mail.replyTo());
        }
    }

    /** Opens the task on the workbench, with its form and evidence (after sign-in if needed). */
    public String taskLink(String taskId) {
        return baseUrl + "/workbench/tasks/" + taskId;
    }

    public String link(String path) {
        return baseUrl + path;
    }
}
