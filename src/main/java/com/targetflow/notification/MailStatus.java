package com.targetflow.notification;

/** QUEUED until the delivery job has run; RETRYING after a failed attempt; SENT once, and then never again. */
public enum MailStatus {
    QUEUED,
    RETRYING,
    SENT
}
