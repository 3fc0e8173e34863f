package com.targetflow.targets;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/** 目标任务: an indicator, a unit, a quota and a due date, within one annual plan. */
@Entity
@Table(name = "tf_target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AnnualPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    @Column(nullable = false)
    private BigDecimal quota;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetStatus status;

    private String objection;

    private BigDecimal proposedQuota;

    private BigDecimal selfValue;

    private BigDecimal auditedValue;

    /** The target's weight in the unit's score; when no target of the unit has one, all weigh the same. */
    private BigDecimal weight;

    /** 一票否决: not reaching this target fails the whole assessment. */
    private boolean veto;

    /** The manager's score for this target at the audit, when it differs from the computed one. */
    private BigDecimal adjustedScore;

    private String scoreReason;

    @Version
    private long version;

    protected Target() {}

    public Target(AnnualPlan plan, Indicator indicator, Unit unit, BigDecimal quota, LocalDate dueDate) {
        this.plan = plan;
        this.indicator = indicator;
        this.unit = unit;
        this.quota = quota;
        this.dueDate = dueDate;
        this.status = TargetStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public AnnualPlan getPlan() {
        return plan;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Unit getUnit() {
        return unit;
    }

    public BigDecimal getQuota() {
        return quota;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TargetStatus getStatus() {
        return status;
    }

    public String getObjection() {
        return objection;
    }

    public BigDecimal getProposedQuota() {
        return proposedQuota;
    }

    public BigDecimal getSelfValue() {
        return selfValue;
    }

    public BigDecimal getAuditedValue() {
        return auditedValue;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public boolean isVeto() {
        return veto;
    }

    public BigDecimal getAdjustedScore() {
        return adjustedScore;
    }

    public String getScoreReason() {
        return scoreReason;
    }

    public long getVersion() {
        return version;
    }

    void confirm() {
        this.status = TargetStatus.CONFIRMED;
        this.objection = null;
        this.proposedQuota = null;
    }

    void object(String reason, BigDecimal proposedQuota) {
        this.status = TargetStatus.OBJECTED;
        this.objection = reason;
        this.proposedQuota = proposedQuota;
    }

    /** The manager's answer to an objection; the unit is asked to confirm again. */
    void resolve(BigDecimal newQuota) {
        this.quota = newQuota;
        this.status = TargetStatus.PENDING;
    }

    /** The district changed the unit's targets: the unit confirms them again. */
    void awaitConfirmation() {
        this.status = TargetStatus.PENDING;
    }

    void change(BigDecimal quota, LocalDate dueDate) {
        this.quota = quota;
        this.dueDate = dueDate;
    }

    void assessSelf(BigDecimal value) {
        this.selfValue = value;
    }

    void audit(BigDecimal value) {
        this.auditedValue = value;
    }

    /** How the target counts at the year's end: its weight, and whether missing it fails the assessment. */
    public void weigh(BigDecimal weight, boolean veto) {
        this.weight = weight;
        this.veto = veto;
    }

    /** The manager's own score for the target, with the reason; null puts the computed score back. */
    public void adjustScore(BigDecimal score, String reason) {
        this.adjustedScore = score;
        this.scoreReason = score == null ? null : reason;
    }
}
