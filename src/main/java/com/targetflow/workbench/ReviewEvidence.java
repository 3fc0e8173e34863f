package com.targetflow.workbench;

import com.targetflow.organisation.Language;
import com.targetflow.targets.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the work under review, grouped by the target each was attached to, for the panel
 * beside the review form: the reviewer checks a value against its photo without leaving the form.
 */
record ReviewEvidence(int count, List<Group> groups) {

    record Group(String title, List<File> files) {}

    record File(long id, String name, boolean image) {}

    /** Groups in the order the files came; files attached to the whole report under wholeReport. */
    static ReviewEvidence of(List<Evidence> evidence, Language language, String wholeReport) {
        Map<String, List<File>> byTarget = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            String title = e.getTarget() == null
                    ? wholeReport
                    : (language == Language.EN && e.getTarget().getIndicator().getNameEn() != null
                            ? e.getTarget().getIndicator().getNameEn()
                            : e.getTarget().getIndicator().getName());
            byTarget.computeIfAbsent(title, t -> new ArrayList<>())
                    .add(new File(e.getId(), e.getFileName(), e.isImage()));
        }
        List<Group> groups = byTarget.entrySet().stream()
                .map(g -> new Group(g.getKey(), List.copyOf(g.getValue())))
                .toList();
        return new ReviewEvidence(evidence.size(), groups);
    }
}
