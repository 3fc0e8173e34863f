package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import jakarta.persistence.*;
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

    @Version
    private long version;

    protected Target() {
    }

    public Target(AnnualPlan plan, Indicator indicator, Unit unit, BigDecimal quota, LocalDate dueDate) {
        this.plan = plan;
        this.indicator = indicator;
        this.unit = unit;
        this.quota = quota;
        this.dueDate = dueDate;
        this.status = TargetStatus.PENDING;
    }

    public Long getId() { return id; }
    public AnnualPlan getPlan() { return plan; }
    public Indicator getIndicator() { return indicator; }
    public Unit getUnit() { return unit; }
    public BigDecimal getQuota() { return quota; }
    public LocalDate getDueDate() { return dueDate; }
    public TargetStatus getStatus() { return status; }
    public String getObjection() { return objection; }
    public BigDecimal getProposedQuota() { return proposedQuota; }
    public BigDecimal getSelfValue() { return selfValue; }
    public BigDecimal getAuditedValue() { return auditedValue; }
    public long getVersion() { return version; }

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
}
