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
@Table(name = "tf_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable code such as SD01; it is also the Camunda group id of the unit. */
    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit parent;

    /** False once the unit is merged or dissolved; kept for history, offered for nothing new. */
    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Unit() {}

    public Unit(String code, String name, String nameEn, UnitKind kind, Unit parent) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.kind = kind;
        this.parent = parent;
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

    public String getNameEn() {
        return nameEn;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    public long getVersion() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    /** The name in the reader's language, falling back to the Chinese name. */
    public String displayName(Language language) {
        return language == Language.EN && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    void moveTo(UnitKind kind, Unit parent) {
        this.kind = kind;
        this.parent = parent;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }
}
