package com.targetflow.notification;

import java.util.List;
import org.springframework.stereotype.Component;

/** The replies read from the inbox, as the meetings feature shows them. */
@Component
public class InboundMails {

    private final InboundMailRepository repository;

    InboundMails(InboundMailRepository repository) {
        this.repository = repository;
    }

    public List<InboundMail> findByMeetingIdOrderById(Long meetingId) {
        return repository.findByMeetingIdOrderById(meetingId);
    }
}
