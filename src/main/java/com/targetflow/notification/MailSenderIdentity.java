package com.targetflow.notification;

import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import org.springframework.stereotype.Component;

/**
 * Who a mail says it is from: the configured address with the district association's name as it
 * stands in the register (or targetflow.mail.sender-name), and where replies go
 * (targetflow.mail.reply-to: an address that someone reads; without it, replies go to the sender).
 */
@Component
class MailSenderIdentity {

    private final NotificationProperties properties;
    private final Units units;
    private final MailInboxProperties inbox;

    MailSenderIdentity(NotificationProperties properties, Units units, MailInboxProperties inbox) {
        this.properties = properties;
        this.units = units;
        this.inbox = inbox;
    }

    /** Read when a delivery starts, so that a renamed association signs the next delivery's mails. */
    SmtpMailSender.Sender now() {
        String name = properties.mail().senderName();
        if (name == null || name.isBlank()) {
            name = units.findByKindOrderByCode(UnitKind.DISTRICT_ASSOCIATION).stream()
                    .findFirst()
                    .map(unit -> unit.getName())
                    .orElse(null);
        }
        return new SmtpMailSender.Sender(
                properties.mail().from(), name, properties.mail().replyTo(), inbox.replyAddress());
    }
}
