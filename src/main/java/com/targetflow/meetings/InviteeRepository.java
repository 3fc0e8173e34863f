package com.targetflow.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InviteeRepository extends JpaRepository<Invitee, Long> {

    List<Invitee> findByMeetingOrderByUnitCodeAscIdAsc(Meeting meeting);

    Optional<Invitee> findByMeetingAndPersonUsername(Meeting meeting, String username);

    List<Invitee> findByPersonUsernameOrderByIdDesc(String username);
}
