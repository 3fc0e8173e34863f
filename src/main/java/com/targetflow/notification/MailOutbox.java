package com.targetflow.notification;

import com.targetflow.models.MailDeliveryModel;
import com.targetflow.security.AsSystem;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every part of the product hands over a mail. The mail is rendered and recorded, and a
 * mail-delivery process instance is started, in the caller's transaction: if the caller rolls
 * back, nothing is sent; once it commits, the engine's job executor sends the mail and retries
 * it while SMTP is unavailable, on whichever node picks the job up.
 */
@Service
@EnableConfigurationProperties(NotificationProperties.class)
public class MailOutbox {

    public static final String PROCESS_KEY = MailDeliveryModel.KEY;
    public static final String MAIL_ID = "mailId";

    private final OutgoingMailRepository mails;
    private final MailTemplates templates;
    private final RuntimeService runtime;
    private final AsSystem asSystem;
    private final Clock clock;

    MailOutbox(
            OutgoingMailRepository mails,
            MailTemplates templates,
            RuntimeService runtime,
            AsSystem asSystem,
            Clock clock) {
        this.asSystem = asSystem;
        this.mails = mails;
        this.templates = templates;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public OutgoingMail queue(MailMessage message) {
        OutgoingMail mail = mails.save(new OutgoingMail(message, templates.render(message), Instant.now(clock)));
        startDelivery(mail.getId());
        return mail;
    }

    /** Starts the mail's delivery in the caller's transaction (also again, for a delivery lost at a crash). */
    void startDelivery(long mailId) {
        // Sending is the system's work, whoever's action caused it (a unit's staff may not start processes).
        asSystem.run(
                () -> runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(mailId), Map.of(MAIL_ID, mailId)));
    }

    /** The delivery instance's business key: one mail, one delivery. */
    static String businessKey(long mailId) {
        return "mail-" + mailId;
    }
}
