package com.targetflow.workbench;

import com.targetflow.targets.WarningLight;
import java.time.Instant;

/**
 * One open task as the workbench lists it: what it is, for which unit, when it is due and how
 * urgent, who holds it, and whether a reviewer sent it back (and why).
 */
public record TaskCard(
        String id,
        String key,
        String name,
        String context,
        Instant dueAt,
        String due,
        WarningLight light,
        String lightName,
        String assignee,
        String assigneeName,
        boolean mine,
        boolean returned,
        String returnReason,
        boolean dueThisWeek) {

    /** Escalated first, then overdue, then returned work, then by due date; tasks without a date last. */
    int urgency() {
        if (light == WarningLight.RED) {
            return 0;
        }
        if (light == WarningLight.YELLOW) {
            return 1;
        }
        return returned ? 2 : 3;
    }

    public boolean takenByOther() {
        return assignee != null && !mine;
    }
}
