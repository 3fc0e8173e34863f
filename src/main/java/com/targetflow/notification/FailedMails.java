package com.targetflow.notification;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mail the server refused for good (发送失败) sent again, once a manager has put the cause right —
 * most often the recipient's address in the register, which the mail then takes. It is queued as new
 * (its tries counted afresh) and a delivery is woken when the transaction commits.
 */
@Service
class FailedMails {

    private final OutgoingMailRepository mails;
    private final People people;
    private final MailDispatch dispatch;

    FailedMails(OutgoingMailRepository mails, People people, MailDispatch dispatch) {
        this.mails = mails;
        this.people = people;
        this.dispatch = dispatch;
    }

    /** Queues the failed mail again, to its recipient's address as the register has it now. */
    @Transactional
    public OutgoingMail sendAgain(long mailId) {
        OutgoingMail mail = mails.findById(mailId).orElseThrow(() -> Refusal.notFound("error.mail.not-found", mailId));
        if (mail.getStatus() != MailStatus.FAILED) {
            throw Refusal.conflict("status", "error.mail.not-failed", mailId);
        }
        String address = mail.getRecipientUsername() == null
                ? mail.getRecipientEmail()
                : people.findByUsername(mail.getRecipientUsername())
                        .map(Person::getEmail)
                        .filter(email -> email != null && !email.isBlank())
                        .orElse(mail.getRecipientEmail());
        mail.queueAgain(address);
        dispatch.wakeUpAtCommit();
        return mail;
    }
}
