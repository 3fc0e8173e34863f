package com.targetflow.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The outbox as tests read it, from any package: the repository is notification's own (package-private),
 * so the tests of other features look at what was queued through this.
 */
@Component
public class SentMails {

    private final OutgoingMailRepository repository;

    SentMails(OutgoingMailRepository repository) {
        this.repository = repository;
    }

    public List<OutgoingMail> findByRecipientUsernameOrderByIdDesc(String username, Pageable page) {
        return repository.findByRecipientUsernameOrderByIdDesc(username, page);
    }

    public List<OutgoingMail> findAllByOrderByIdDesc(Pageable page) {
        return repository.findAllByOrderByIdDesc(page);
    }

    public List<OutgoingMail> findByMeetingIdOrderById(Long meetingId) {
        return repository.findByMeetingIdOrderById(meetingId);
    }

    public List<OutgoingMail> findByRecipientEmailOrderById(String email) {
        return repository.findByRecipientEmailOrderById(email);
    }

    public List<OutgoingMail> findByIdGreaterThanOrderById(Long id) {
        return repository.findByIdGreaterThanOrderById(id);
    }

    public List<OutgoingMail> findAll() {
        return repository.findAll();
    }

    public long count() {
        return repository.count();
    }
}
