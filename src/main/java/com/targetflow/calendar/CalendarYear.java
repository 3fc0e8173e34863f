package com.targetflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A year's arrangement as entered on the calendar page: where it came from, who saved it, when. */
@Entity
@Table(name = "tf_calendar_year")
class CalendarYear {

    @Id
    @Column(name = "calendar_year")
    private Integer year;

    private String source;

    @Column(nullable = false)
    private String savedBy;

    @Column(nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected CalendarYear() {}

    CalendarYear(int year, String source, String by, Instant at) {
        this.year = year;
        saved(source, by, at);
    }

    void saved(String source, String by, Instant at) {
        this.source = source;
        this.savedBy = by;
        this.savedAt = at;
    }

    Integer getYear() {
        return year;
    }

    String getSource() {
        return source;
    }

    String getSavedBy() {
        return savedBy;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
