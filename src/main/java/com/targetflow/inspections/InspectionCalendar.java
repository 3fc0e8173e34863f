package com.targetflow.inspections;

import com.targetflow.calendar.DistrictZone;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Due dates of facility-inspection's tasks (${inspectionCalendar.…} in the model). */
@Component("inspectionCalendar")
@Transactional(readOnly = true)
public class InspectionCalendar {

    private final InspectionRoundRepository rounds;
    private final InspectionService inspections;
    private final Clock clock;

    InspectionCalendar(InspectionRoundRepository rounds, InspectionService inspections, Clock clock) {
        this.rounds = rounds;
        this.inspections = inspections;
        this.clock = clock;
    }

    public Date roundDue(long roundId) {
        return Date.from(rounds.findById(roundId)
                .orElseThrow()
                .getDueDate()
                .atTime(17, 30)
                .atZone(DistrictZone.ZONE)
                .toInstant());
    }

    /** Rectification is due the number of days the decision allowed after the inspection. */
    public Date rectifyDue(long inspectionId) {
        Inspection inspection = inspections.inspection(inspectionId);
        int days = inspection.getRectifyDays() == null ? 7 : Math.max(1, inspection.getRectifyDays());
        return Date.from(inspection.getInspectedAt().plus(days, ChronoUnit.DAYS));
    }

    /** The inspector re-inspects within a week of the unit's rectification. */
    public Date reinspectDue() {
        return Date.from(Instant.now(clock).plus(7, ChronoUnit.DAYS));
    }
}
