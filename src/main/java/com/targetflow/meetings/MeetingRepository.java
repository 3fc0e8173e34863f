package com.targetflow.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByYearOrderByPlannedDateAscIdAsc(int year);

    Optional<Meeting> findByCalendarUid(String calendarUid);

    long countByYearAndTypeAndStatus(int year, MeetingType type, MeetingStatus status);
}
