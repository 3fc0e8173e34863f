package com.targetflow.notification;

import com.targetflow.models.MailDeliveryModel;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every part of the product hands over a mail. The mail is rendered and recorded in the
 * caller's transaction, and a delivery is woken as it commits (MailDispatch): if the caller rolls
 * back, nothing is sent; once it commits, a mail-delivery job sends it with the other mail queued,
 * and retries while SMTP is unavailable, on whichever node picks the job up.
 */
@Service
@EnableConfigurationProperties(NotificationProperties.class)
public class MailOutbox {

    public static final String PROCESS_KEY = MailDeliveryModel.KEY;

    private final OutgoingMailRepository mails;
    private final MailTemplates templates;
    private final MailDispatch dispatch;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, MailTemplates templates, MailDispatch dispatch, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @Transactional
    public OutgoingMail queue(MailMessage message) {
        OutgoingMail mail = mails.save(new OutgoingMail(message, templates.render(message), Instant.now(clock)));
        dispatch.wakeUpAtCommit();
        return mail;
    }
}
