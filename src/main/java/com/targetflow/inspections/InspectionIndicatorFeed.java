package com.targetflow.inspections;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.organisation.Facilities;
import com.targetflow.organisation.Facility;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.FacilityStatus;
import com.targetflow.targets.IndicatorFeed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators counted by inspections, per owning unit (the district's own target counts them all):
 * FAC-4 and SCH-1, the share of galleries and boards / schools whose latest inspection passed;
 * BASE-1, the education bases visited in the year. Each is two queries, however many facilities.
 */
@Component
@Transactional(readOnly = true)
class InspectionIndicatorFeed implements IndicatorFeed {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Facilities facilities;
    private final InspectionRepository inspections;

    InspectionIndicatorFeed(Facilities facilities, InspectionRepository inspections) {
        this.facilities = facilities;
        this.inspections = inspections;
    }

    @Override
    public Optional<BigDecimal> valueOf(String indicatorCode, String unitCode, int year) {
        return switch (indicatorCode) {
            case "FAC-4" ->
                Optional.of(passingShare(Set.of(FacilityKind.GALLERY, FacilityKind.BULLETIN_BOARD), unitCode));
            case "SCH-1" -> Optional.of(passingShare(Set.of(FacilityKind.CITIZEN_SCIENCE_SCHOOL), unitCode));
            case "BASE-1" -> Optional.of(visited(Set.of(FacilityKind.EDUCATION_BASE), unitCode, year));
            default -> Optional.empty();
        };
    }

    private BigDecimal passingShare(Set<FacilityKind> kinds, String unitCode) {
        List<Facility> all = of(kinds, unitCode);
        if (all.isEmpty()) {
            return BigDecimal.ZERO;
        }
        Map<Long, InspectionOutcome> latest = new HashMap<>();
        for (Object[] row : inspections.latestOutcomes()) {
            latest.put((Long) row[0], (InspectionOutcome) row[1]);
        }
        long passing = all.stream()
                .filter(f -> latest.get(f.getId()) == InspectionOutcome.PASS)
                .count();
        return BigDecimal.valueOf(passing)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);
    }

    private BigDecimal visited(Set<FacilityKind> kinds, String unitCode, int year) {
        Set<Long> visited = inspections.facilitiesVisitedBetween(
                LocalDate.of(year, 1, 1).atStartOfDay(DistrictZone.ZONE).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(DistrictZone.ZONE).toInstant());
        return BigDecimal.valueOf(of(kinds, unitCode).stream()
                .filter(f -> visited.contains(f.getId()))
                .count());
    }

    /** The unit's facilities of these kinds (all of them for the district association), closed ones left out. */
    private List<Facility> of(Set<FacilityKind> kinds, String unitCode) {
        return facilities.findAllByOrderByCode().stream()
                .filter(f -> kinds.contains(f.getKind()) && f.getStatus() != FacilityStatus.CLOSED)
                .filter(f -> f.getOwner().getCode().equals(unitCode)
                        || (f.getOwner().getParent() != null
                                && f.getOwner().getParent().getCode().equals(unitCode)))
                .toList();
    }
}
