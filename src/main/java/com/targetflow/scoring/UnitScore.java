package com.targetflow.scoring;

import com.targetflow.organisation.Unit;
import com.targetflow.targets.AnnualPlan;
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
import java.time.Instant;

/** A unit's year-end assessment: self-assessed and audited scores, deductions, veto, rating, and its rank once all are audited. */
@Entity
@Table(name = "tf_unit_score")
public class UnitScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AnnualPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    private BigDecimal selfScore;

    @Column(nullable = false)
    private BigDecimal computedScore;

    @Column(nullable = false)
    private BigDecimal deductions;

    @Column(nullable = false)
    private BigDecimal finalScore;

    @Column(nullable = false)
    private boolean vetoed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rating rating;

    /** 1, 2, 3 … once every unit of the plan is audited; null until then. */
    private Integer ranking;

    @Column(nullable = false)
    private String auditedBy;

    @Column(nullable = false)
    private Instant auditedAt;

    @Version
    private long version;

    protected UnitScore() {}

    UnitScore(AnnualPlan plan, Unit unit) {
        this.plan = plan;
        this.unit = unit;
    }

    void set(
            BigDecimal selfScore,
            BigDecimal computedScore,
            BigDecimal deductions,
            BigDecimal finalScore,
            boolean vetoed,
            Rating rating,
            String auditedBy,
            Instant auditedAt) {
        this.selfScore = selfScore;
        this.computedScore = computedScore;
        this.deductions = deductions;
        this.finalScore = finalScore;
        this.vetoed = vetoed;
        this.rating = rating;
        this.auditedBy = auditedBy;
        this.auditedAt = auditedAt;
    }

    void rank(int ranking) {
        this.ranking = ranking;
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

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public BigDecimal getComputedScore() {
        return computedScore;
    }

    public BigDecimal getDeductions() {
        return deductions;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public boolean isVetoed() {
        return vetoed;
    }

    public Rating getRating() {
        return rating;
    }

    public Integer getRanking() {
        return ranking;
    }

    public String getAuditedBy() {
        return auditedBy;
    }

    public Instant getAuditedAt() {
        return auditedAt;
    }
}
