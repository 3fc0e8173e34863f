package com.targetflow.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    List<OutgoingMail> findByRecipientUsernameOrderByIdDesc(String username, Pageable page);

    List<OutgoingMail> findAllByOrderByIdDesc(Pageable page);

    List<OutgoingMail> findByMeetingIdOrderById(Long meetingId);

    List<OutgoingMail> findByRecipientEmailOrderById(String email);

    List<OutgoingMail> findByIdGreaterThanOrderById(Long id);
}
