package com.targetflow.inspections;

import java.util.Map;

/**
 * 现场检查 / 复查 as the inspector's form gave it: each checklist item of the facility's kind (a tick,
 * or the number of lectures held), whether there is a hazard, and the remark.
 */
public record ChecklistTicked(
        long inspectionId, Map<String, Object> ticked, int failedItems, boolean hazard, String remark) {}
