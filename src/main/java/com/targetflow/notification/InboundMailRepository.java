package com.targetflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

    boolean existsByMessageKey(String messageKey);

    List<InboundMail> findByMeetingIdOrderById(Long meetingId);
}
