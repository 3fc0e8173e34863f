package com.targetflow.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One meeting: planned for a date when the plan is issued, prepared with time and place, held and recorded. */
@Entity
@Table(name = "tf_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingType type;

    @Column(nullable = false)
    private LocalDate plannedDate;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String agenda;
    private String trainingTopic;
    private String trainer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(nullable = false)
    private String calendarUid;

    /** iCalendar SEQUENCE: 0 for the first invitation, one more for every change sent out. */
    @Column(nullable = false)
    private int calendarSequence;

    private String cancelReason;
    private String minutes;
    private Boolean trainingDelivered;
    private String decisions;
    private String recordedBy;
    /** Who prepared it (筹备会议): the organizer, to whom plain replies to its mails are forwarded. */
    private String preparedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected Meeting() {}

    Meeting(MeetingType type, LocalDate plannedDate, String calendarUid) {
        this.year = plannedDate.getYear();
        this.type = type;
        this.plannedDate = plannedDate;
        this.calendarUid = calendarUid;
        this.status = MeetingStatus.PLANNED;
    }

    void prepare(
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String agenda,
            String trainingTopic,
            String trainer,
            String preparedBy) {
        this.preparedBy = preparedBy;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.plannedDate = startsAt.toLocalDate();
        this.place = place;
        this.agenda = agenda;
        this.trainingTopic = trainingTopic;
        this.trainer = trainer;
        this.status = MeetingStatus.INVITED;
    }

    void reschedule(LocalDateTime startsAt, LocalDateTime endsAt, String place) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.plannedDate = startsAt.toLocalDate();
        if (place != null) {
            this.place = place;
        }
        this.calendarSequence++;
    }

    void replan(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    void cancel(String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason;
        if (startsAt != null) {
            this.calendarSequence++;
        }
    }

    void record(String minutes, boolean trainingDelivered, String decisions, String recordedBy, Instant at) {
        this.minutes = minutes;
        this.trainingDelivered = trainingDelivered;
        this.decisions = decisions;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
        this.status = MeetingStatus.HELD;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public MeetingType getType() {
        return type;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getTrainingTopic() {
        return trainingTopic;
    }

    public String getTrainer() {
        return trainer;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getMinutes() {
        return minutes;
    }

    public Boolean getTrainingDelivered() {
        return trainingDelivered;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
