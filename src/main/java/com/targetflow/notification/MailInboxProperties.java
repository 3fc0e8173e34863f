package com.targetflow.notification;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * targetflow.mail.inbox: TargetFlow's own mailbox, read over IMAP like SMTP is written (host, port,
 * protocol imaps or imap, username, password, folder). With it, invitations name its address as the
 * organizer and ask calendars to answer (RSVP), and the answers complete the replies. Without a
 * host, no mailbox is read: invitations say RSVP=FALSE and point to the workbench.
 */
@ConfigurationProperties("targetflow.mail.inbox")
public record MailInboxProperties(
        String host,
        Integer port,
        String protocol,
        String username,
        String password,
        String folder,
        String address,
        Integer batch) {

    public MailInboxProperties {
        protocol = protocol == null || protocol.isBlank()
                ? "imaps"
                : protocol.trim().toLowerCase(Locale.ROOT);
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        batch = batch == null || batch < 1 ? 50 : batch;
        if (address == null || address.isBlank()) {
            address = username != null && username.contains("@") ? username : null;
        }
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The mailbox's address when one is read, else null: calendars' answers go there. */
    public String replyAddress() {
        return configured() ? address : null;
    }
}
