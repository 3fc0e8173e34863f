package com.targetflow.targets;

import com.targetflow.domain.Named;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

@Entity
@Table(name = "tf_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorKind kind;

    /** Unit of measure in Chinese (次, 处, %) and in English. */
    @Column(nullable = false)
    private String measure;

    @Column(nullable = false)
    private String measureEn;

    private BigDecimal defaultQuota;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorSource source;

    @Version
    private long version;

    protected Indicator() {}

    Indicator(String code) {
        this.code = code;
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

    /** The indicator's name in both languages, for a text that does not yet know its reader. */
    public Named named() {
        return new Named(name, nameEn);
    }

    public String getNameEn() {
        return nameEn;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public String getMeasure() {
        return measure;
    }

    public String getMeasureEn() {
        return measureEn;
    }

    public BigDecimal getDefaultQuota() {
        return defaultQuota;
    }

    public IndicatorSource getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }

    void describe(IndicatorRequest request) {
        this.name = request.name().strip();
        this.nameEn = request.nameEn().strip();
        this.kind = request.kind();
        this.measure = request.measure().strip();
        this.measureEn = request.measureEn().strip();
        this.defaultQuota = request.defaultQuota();
        this.source = request.source();
    }
}
