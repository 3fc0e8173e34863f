package com.targetflow.notification;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    List<OutgoingMail> findByRecipientUsernameOrderByIdDesc(String username, Pageable page);

    List<OutgoingMail> findAllByOrderByIdDesc(Pageable page);

    List<OutgoingMail> findByMeetingIdOrderById(Long meetingId);

    List<OutgoingMail> findByRecipientEmailOrderById(String email);

    List<OutgoingMail> findByIdGreaterThanOrderById(Long id);

    @Query(
            "select m.id from OutgoingMail m where m.status <> com.targetflow.notification.MailStatus.SENT order by m.id")
    List<Long> findIdsNotSent();

    /** The row locked until the transaction ends, so that two nodes do not both act on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where m.id = :id")
    Optional<OutgoingMail> lockById(@Param("id") long id);
}
