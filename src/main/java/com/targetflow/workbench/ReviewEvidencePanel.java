package com.targetflow.workbench;

import com.targetflow.organisation.Language;
import com.targetflow.targets.EvidenceFiles;
import com.targetflow.targets.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files a review shows beside its form, grouped by target: read in one transaction, as each
 * file's target and indicator are loaded lazily.
 */
@Service
@Transactional(readOnly = true)
class ReviewEvidencePanel {

    private final EvidenceFiles evidence;
    private final Viewer viewer;

    ReviewEvidencePanel(EvidenceFiles evidence, Viewer viewer) {
        this.evidence = evidence;
        this.viewer = viewer;
    }

    ReviewEvidence of(String taskId, String taskKey, Authentication user, Language language, String wholeReport) {
        return ReviewEvidence.of(
                evidence.underReview(taskId, taskKey, viewer.visibleUnits(user)), language, wholeReport);
    }
}
