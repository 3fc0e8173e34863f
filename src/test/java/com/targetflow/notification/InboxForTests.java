package com.targetflow.notification;

import java.util.List;
import org.springframework.stereotype.Component;

/** The replies read from the inbox, all of them, as tests of other features look at them. */
@Component
public class InboxForTests {

    private final InboundMailRepository repository;

    InboxForTests(InboundMailRepository repository) {
        this.repository = repository;
    }

    public List<InboundMail> findAll() {
        return repository.findAll();
    }
}
