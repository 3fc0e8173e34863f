package com.targetflow.meetings;

import com.targetflow.organisation.Unit;
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
import java.time.LocalDate;

/** 会议交办事项: a task the meeting gave to one unit, with a due date, done with evidence and accepted by the district. */
@Entity
@Table(name = "tf_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionItemStatus status;

    private String result;
    private String reviewComment;
    private String completedBy;
    private String reviewedBy;

    @Version
    private long version;

    protected ActionItem() {}

    ActionItem(Meeting meeting, Unit unit, String title, LocalDate dueDate) {
        this.meeting = meeting;
        this.unit = unit;
        this.title = title;
        this.dueDate = dueDate;
        this.status = ActionItemStatus.OPEN;
    }

    void submit(String result, String by) {
        this.result = result;
        this.completedBy = by;
        this.status = ActionItemStatus.SUBMITTED;
    }

    void review(boolean accepted, String comment, String by) {
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.status = accepted ? ActionItemStatus.ACCEPTED : ActionItemStatus.RETURNED;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }
}
