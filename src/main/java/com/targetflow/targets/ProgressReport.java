package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One submission of a unit's progress in a reporting round. A returned report stays as it was
 * and the corrected one is a new submission, so the history of each target's reports is kept.
 */
@Entity
@Table(name = "tf_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AnnualPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    @Column(nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    private String narrative;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected ProgressReport() {}

    ProgressReport(AnnualPlan plan, Unit unit, int round, String narrative, String submittedBy, Instant submittedAt) {
        this.plan = plan;
        this.unit = unit;
        this.round = round;
        this.narrative = narrative;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = ReportStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public AnnualPlan getPlan() {
        return plan;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getRound() {
        return round;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public List<ReportLine> getLines() {
        return lines;
    }

    void add(Target target, BigDecimal value) {
        lines.add(new ReportLine(this, target, value));
    }

    /** The lines the reviewer commented on, by the indicator's name: a return's reasons. */
    public List<ReportLine> commentedLines() {
        return lines.stream()
                .filter(l -> l.getComment() != null)
                .sorted(Comparator.comparing(
                        (ReportLine l) -> l.getTarget().getIndicator().getName()))
                .toList();
    }

    void review(boolean approved, String reviewer, Instant at) {
        this.status = approved ? ReportStatus.APPROVED : ReportStatus.RETURNED;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }
}
