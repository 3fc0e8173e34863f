package com.targetflow.targets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Limits on evidence: targetflow.evidence.max-file-size (20MB) and max-files per report (20). */
@ConfigurationProperties("targetflow.evidence")
public record EvidenceProperties(DataSize maxFileSize, int maxFiles) {

    public EvidenceProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(20);
        }
        if (maxFiles <= 0) {
            maxFiles = 20;
        }
    }
}
