package com.targetflow.inspections;

import com.targetflow.forms.TaskInput;
import com.targetflow.models.InspectFacilityForm;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an inspector's checklist as submitted: an item is met when ticked (lectures: when at least one
 * was held); a remark is required as soon as an item is not met or there is a hazard.
 */
final class ChecklistReading {

    private ChecklistReading() {}

    static ChecklistTicked read(Inspection inspection, Function<String, Object> submitted, TaskInput input) {
        Map<String, Object> ticked = new LinkedHashMap<>();
        int failed = 0;
        for (String item : Checklist.itemsOf(inspection.getFacility().getKind())) {
            Object value = submitted.apply(item);
            boolean met;
            if (InspectFacilityForm.LECTURES_HELD.equals(item)) {
                BigDecimal count =
                        value == null || value.toString().isBlank() ? BigDecimal.ZERO : input.amount(item, value);
                ticked.put(item, count);
                met = count != null && count.signum() > 0;
            } else {
                met = ticked(value);
                ticked.put(item, met);
            }
            if (!met) {
                failed++;
            }
        }
        boolean hazard = ticked(submitted.apply(Checklist.HAZARD));
        ticked.put(Checklist.HAZARD, hazard);
        String remark = input.text(
                InspectFacilityForm.REMARK, submitted.apply(InspectFacilityForm.REMARK), hazard || failed > 0, 2000);
        return new ChecklistTicked(inspection.getId(), ticked, failed, hazard, remark);
    }

    private static boolean ticked(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }
}
