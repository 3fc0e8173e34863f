package com.targetflow.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One step of a task's ladder: what happened, when, who was told, and who decided it. */
@Entity
@Table(name = "tf_escalation_step")
public class EscalationStep {

    public enum Kind {
        /** 提醒: the due date is near. */
        REMINDER,
        /** 催办: the due date has passed; the unit's leader is told. */
        OVERDUE,
        /** 督办: a task for the district's managers. */
        SUPERVISION,
        /** The district extended the due date; the ladder starts again. */
        EXTENDED,
        /** The due date was changed in the task list; the ladder starts again. */
        DUE_CHANGED,
        REASSIGNED,
        /** 督办通知 to the unit's leader. */
        FORMAL_NOTICE,
        /** The district's leaders are told. */
        DISTRICT_LEADER,
        DONE,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private WatchedTask watchedTask;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind step;

    @Column(nullable = false)
    private Instant takenAt;

    /** Usernames, comma-separated. */
    private String told;

    private String note;

    private String actor;

    protected EscalationStep() {}

    EscalationStep(WatchedTask watchedTask, Kind step, Instant takenAt, List<String> told, String note, String actor) {
        this.watchedTask = watchedTask;
        this.step = step;
        this.takenAt = takenAt;
        this.told = told.isEmpty() ? null : String.join(",", told);
        this.note = note;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public WatchedTask getWatchedTask() {
        return watchedTask;
    }

    public Kind getStep() {
        return step;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public List<String> getTold() {
        return told == null ? List.of() : Arrays.asList(told.split(","));
    }
}
