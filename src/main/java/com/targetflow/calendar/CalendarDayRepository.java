package com.targetflow.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    List<CalendarDay> findByYearOrderByDay(int year);

    @Modifying
    @Query("delete from CalendarDay d where d.year = :year")
    void deleteByYear(int year);
}
