package com.targetflow.escalation;

import com.targetflow.organisation.Unit;
import com.targetflow.targets.WarningLight;
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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A task that a unit must do, watched by the escalation ladder from its creation until it is done
 * or cancelled. The task itself lives in the engine; this keeps what the ladder needs across
 * restarts and after the task is gone: its due date, its light and its unit.
 */
@Entity
@Table(name = "tf_watched_task")
public class WatchedTask {

    public enum Status {
        OPEN,
        DONE,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String taskId;

    @Column(nullable = false, updatable = false)
    private String processInstanceId;

    /** The task's element id, e.g. Task_ReportProgress: it picks the ladder's lead times. */
    @Column(nullable = false, updatable = false)
    private String taskKey;

    @Column(nullable = false)
    private String taskName;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit unit;

    @Column(nullable = false)
    private Instant dueAt;

    /** When the ladder last started counting: at creation, or at a new due date. */
    @Column(nullable = false)
    private Instant ladderStartedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarningLight light = WarningLight.GREEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant endedAt;

    @Version
    private long version;

    protected WatchedTask() {}

    WatchedTask(
            String taskId,
            String processInstanceId,
            String taskKey,
            String taskName,
            Unit unit,
            Instant dueAt,
            Instant createdAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.unit = unit;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.ladderStartedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getTaskName() {
        return taskName;
    }

    public Unit getUnit() {
        return unit;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getLadderStartedAt() {
        return ladderStartedAt;
    }

    public WarningLight getLight() {
        return light;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /**
     * The light now: yellow as soon as an open task is past its due date, even before the ladder's
     * overdue step has run; red once escalated.
     */
    public WarningLight lightAt(Instant now) {
        if (light == WarningLight.GREEN && isOpen() && now.isAfter(dueAt)) {
            return WarningLight.YELLOW;
        }
        return light;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    void overdue() {
        if (light == WarningLight.GREEN) {
            light = WarningLight.YELLOW;
        }
    }

    void escalated() {
        light = WarningLight.RED;
    }

    /** A new due date starts the ladder again, on time. */
    void dueAt(Instant due, Instant now) {
        this.dueAt = due;
        this.ladderStartedAt = now;
        this.light = WarningLight.GREEN;
    }

    void ended(Status how, Instant at) {
        this.status = how;
        this.endedAt = at;
    }
}
