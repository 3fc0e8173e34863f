package com.targetflow.targets;

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
import java.util.List;

/** 年度目标计划: the year's targets, and the quarter ends on which the units report. */
@Entity
@Table(name = "tf_plan")
public class AnnualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false, unique = true, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "q1_end", nullable = false)
    private LocalDate q1End;

    @Column(name = "q2_end", nullable = false)
    private LocalDate q2End;

    @Column(name = "q3_end", nullable = false)
    private LocalDate q3End;

    @Column(name = "q4_end", nullable = false)
    private LocalDate q4End;

    private Instant issuedAt;

    @Version
    private long version;

    protected AnnualPlan() {}

    /** A draft whose reporting rounds close at the ends of the calendar quarters. */
    public AnnualPlan(int year) {
        this.year = year;
        this.status = PlanStatus.DRAFT;
        this.q1End = LocalDate.of(year, 3, 31);
        this.q2End = LocalDate.of(year, 6, 30);
        this.q3End = LocalDate.of(year, 9, 30);
        this.q4End = LocalDate.of(year, 12, 31);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<LocalDate> quarterEnds() {
        return List.of(q1End, q2End, q3End, q4End);
    }

    /** The end of reporting round 1 … 4. */
    public LocalDate quarterEnd(int round) {
        return quarterEnds().get(round - 1);
    }

    void reschedule(List<LocalDate> ends) {
        this.q1End = ends.get(0);
        this.q2End = ends.get(1);
        this.q3End = ends.get(2);
        this.q4End = ends.get(3);
    }

    void markIssued(Instant at) {
        this.status = PlanStatus.ISSUED;
        this.issuedAt = at;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }
}
