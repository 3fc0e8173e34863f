package com.targetflow.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The value a report gives for one target, and the reviewer's comment on it. */
@Entity
@Table(name = "tf_report_line")
public class ReportLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ProgressReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Target target;

    @Column(nullable = false)
    private BigDecimal reported;

    private String comment;

    protected ReportLine() {}

    ReportLine(ProgressReport report, Target target, BigDecimal reported) {
        this.report = report;
        this.target = target;
        this.reported = reported;
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
    }

    public Target getTarget() {
        return target;
    }

    public BigDecimal getReported() {
        return reported;
    }

    public String getComment() {
        return comment;
    }

    void comment(String comment) {
        this.comment = comment;
    }
}
