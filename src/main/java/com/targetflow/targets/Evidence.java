package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 佐证材料: one file a unit attached to its report for a reporting round, or to a meeting action item. */
@Entity
@Table(name = "tf_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The plan of a progress report's evidence; none for an action item's. */
    @ManyToOne(fetch = FetchType.LAZY)
    private AnnualPlan plan;

    /** The meeting action item this file proves done, if it is one's. */
    private Long actionItemId;

    /** The inspection visit these photos are of (the inspector's, or the unit's rectification), if any. */
    private Long inspectionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Unit unit;

    @Column(nullable = false)
    private int round;

    @ManyToOne(fetch = FetchType.LAZY)
    private Target target;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    // A long binary rather than a @Lob: bytea on PostgreSQL (a @Lob would be a large-object oid there,
    // left behind when the row is deleted), blob on H2.
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected Evidence() {}

    Evidence(
            EvidenceService.Round folder,
            Target target,
            String fileName,
            EvidenceType type,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this.plan = folder.plan();
        this.unit = folder.unit();
        this.round = folder.round();
        this.actionItemId = folder.actionItemId();
        this.inspectionId = folder.inspectionId();
        this.target = target;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Whether this file belongs in the given folder: the same action item, or the same plan, unit and round. */
    boolean belongsTo(EvidenceService.Round folder) {
        if (folder.actionItemId() != null) {
            return folder.actionItemId().equals(actionItemId);
        }
        if (folder.inspectionId() != null) {
            return folder.inspectionId().equals(inspectionId);
        }
        return actionItemId == null
                && inspectionId == null
                && plan != null
                && plan.getId().equals(folder.plan().getId())
                && unit.getId().equals(folder.unit().getId())
                && round == folder.round();
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

    public Long getActionItemId() {
        return actionItemId;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public Target getTarget() {
        return target;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isImage() {
        return contentType.startsWith("image/") && !contentType.equals(EvidenceType.HEIC.mediaType());
    }
}
