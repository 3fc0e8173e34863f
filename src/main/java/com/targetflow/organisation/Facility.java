package com.targetflow.organisation;

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

@Entity
@Table(name = "tf_facility")
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacilityKind kind;

    /** The unit responsible for it: usually a sub-district association. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit owner;

    /** The community or village it stands in, where it stands in one. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Unit community;

    private String address;

    private Integer sinceYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacilityStatus status;

    @Version
    private long version;

    protected Facility() {}

    public Facility(
            String code,
            String name,
            FacilityKind kind,
            Unit owner,
            Unit community,
            String address,
            Integer sinceYear,
            FacilityStatus status) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.owner = owner;
        this.community = community;
        this.address = address;
        this.sinceYear = sinceYear;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public FacilityKind getKind() {
        return kind;
    }

    public Unit getOwner() {
        return owner;
    }

    public Unit getCommunity() {
        return community;
    }

    public String getAddress() {
        return address;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public FacilityStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    void update(
            String name,
            FacilityKind kind,
            Unit owner,
            Unit community,
            String address,
            Integer sinceYear,
            FacilityStatus status) {
        this.name = name;
        this.kind = kind;
        this.owner = owner;
        this.community = community;
        this.address = address;
        this.sinceYear = sinceYear;
        this.status = status;
    }

    /** The status an inspection's outcome gives (合格 / 整改中 / 不合格). */
    public void inspected(FacilityStatus status) {
        this.status = status;
    }
}
