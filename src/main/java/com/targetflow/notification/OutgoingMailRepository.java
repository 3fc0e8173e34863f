package com.targetflow.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    List<OutgoingMail> findByRecipientUsernameOrderByIdDesc(String username, Pageable page);

    List<OutgoingMail> findAllByOrderByIdDesc(Pageable page);

    List<OutgoingMail> findByMeetingIdOrderById(Long meetingId);

    List<OutgoingMail> findByRecipientEmailOrderById(String email);

    List<OutgoingMail> findByIdGreaterThanOrderById(Long id);

    /** The next mails a delivery sends, oldest first, after the last it looked at. */
    @Query("select m.id from OutgoingMail m where m.id > :after and m.status in "
            + "(com.targetflow.notification.MailStatus.QUEUED, com.targetflow.notification.MailStatus.RETRYING) "
            + "order by m.id")
    List<Long> findIdsToSend(@Param("after") long after, Pageable page);
}
