package com.targetflow.targets;

import java.util.List;

/** The district's review of a progress report: approved, or returned with a comment on some targets. */
public record ReportReviewed(long reportId, boolean approved, List<Comment> comments, String reviewer) {

    /** A reviewer's comment on one target's reported value (null: none given). */
    public record Comment(String indicatorCode, String comment) {}
}
