package com.targetflow.notification;

/**
 * QUEUED until a delivery has sent it; RETRYING after a failed attempt; SENT once, and then never again;
 * FAILED when the server refused it for good several times (a wrong address): no delivery tries it again.
 */
public enum MailStatus {
    QUEUED,
    RETRYING,
    SENT,
    FAILED
}
