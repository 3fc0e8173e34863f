package com.targetflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One day of a year's arrangement: a holiday or a 调休 working day, with the festival's name. */
@Entity
@Table(name = "tf_calendar_day")
class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    private String name;

    protected CalendarDay() {}

    CalendarDay(int year, LocalDate day, DayKind kind, String name) {
        this.year = year;
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    int getYear() {
        return year;
    }

    LocalDate getDay() {
        return day;
    }

    DayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }
}
