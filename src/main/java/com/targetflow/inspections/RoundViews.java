package com.targetflow.inspections;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspection rounds as the API shows them: started, or all, newest first, each as a summary. */
@Service
@Transactional(readOnly = true)
class RoundViews {

    private final InspectionService inspections;
    private final InspectionRoundRepository rounds;

    RoundViews(InspectionService inspections, InspectionRoundRepository rounds) {
        this.inspections = inspections;
        this.rounds = rounds;
    }

    @Transactional
    Map<String, Object> start(InspectionService.RoundRequest request, String by) {
        return summary(inspections.start(request, by));
    }

    List<Map<String, Object>> all() {
        return rounds.findAllByOrderByIdDesc().stream().map(RoundViews::summary).toList();
    }

    private static Map<String, Object> summary(InspectionRound round) {
        return Map.of(
                "id",
                round.getId(),
                "facilityKind",
                round.getFacilityKind(),
                "scope",
                round.getScope(),
                "unitCode",
                round.getScopeUnit() == null ? "" : round.getScopeUnit().getCode(),
                "inspector",
                round.getInspector(),
                "dueDate",
                round.getDueDate(),
                "facilityCount",
                round.getFacilityCount(),
                "startedBy",
                round.getStartedBy(),
                "startedAt",
                round.getStartedAt());
    }
}
