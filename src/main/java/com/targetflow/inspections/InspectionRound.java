package com.targetflow.inspections;

import com.targetflow.organisation.FacilityKind;
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
import java.time.Instant;
import java.time.LocalDate;

/** One inspection round: a kind of facility, a scope, an inspector, a due date. */
@Entity
@Table(name = "tf_inspection_round")
public class InspectionRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacilityKind facilityKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionScope scope;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit scopeUnit;

    private Integer samplePercent;

    @Column(nullable = false)
    private String inspector;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String startedBy;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private int facilityCount;

    @Version
    private long version;

    protected InspectionRound() {}

    InspectionRound(
            FacilityKind facilityKind,
            InspectionScope scope,
            Unit scopeUnit,
            Integer samplePercent,
            String inspector,
            LocalDate dueDate,
            String startedBy,
            Instant startedAt,
            int facilityCount) {
        this.facilityKind = facilityKind;
        this.scope = scope;
        this.scopeUnit = scopeUnit;
        this.samplePercent = samplePercent;
        this.inspector = inspector;
        this.dueDate = dueDate;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.facilityCount = facilityCount;
    }

    public Long getId() {
        return id;
    }

    public FacilityKind getFacilityKind() {
        return facilityKind;
    }

    public InspectionScope getScope() {
        return scope;
    }

    public Unit getScopeUnit() {
        return scopeUnit;
    }

    public Integer getSamplePercent() {
        return samplePercent;
    }

    public String getInspector() {
        return inspector;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getFacilityCount() {
        return facilityCount;
    }
}
