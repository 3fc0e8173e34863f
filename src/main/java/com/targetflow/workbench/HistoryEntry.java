package com.targetflow.workbench;

import java.time.Instant;

/**
 * One line of a task's story: a step someone completed, a comment or a return with its reason,
 * a step of the escalation ladder (reminder, overdue notice, 督办 …).
 */
public record HistoryEntry(Instant at, String when, Kind kind, String what, String who, String note) {

    public enum Kind {
        TASK,
        COMMENT,
        RETURN,
        ESCALATION
    }
}
