package com.targetflow.inspections;

import com.targetflow.organisation.Facility;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.FacilityRepository;
import com.targetflow.organisation.FacilityStatus;
import com.targetflow.targets.IndicatorFeed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators counted by inspections, per owning unit (the district's own target counts them all):
 * FAC-4 and SCH-1, the share of galleries and boards / schools whose latest inspection passed;
 * BASE-1, the education bases visited in the year.
 */
@Component
@Transactional(readOnly = true)
class InspectionIndicatorFeed implements IndicatorFeed {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FacilityRepository facilities;
    private final InspectionService inspections;

    InspectionIndicatorFeed(FacilityRepository facilities, InspectionService inspections) {
        this.facilities = facilities;
        this.inspections = inspections;
    }

    @Override
    public Optional<BigDecimal> valueOf(String indicatorCode, String unitCode, int year) {
        return switch (indicatorCode) {
            case "FAC-4" -> Optional.of(passingShare(Set.of(FacilityKind.GALLERY, FacilityKind.BULLETIN_BOARD), unitCode));
            case "SCH-1" -> Optional.of(passingShare(Set.of(FacilityKind.CITIZEN_SCIENCE_SCHOOL), unitCode));
            case "BASE-1" -> Optional.of(BigDecimal.valueOf(of(Set.of(FacilityKind.EDUCATION_BASE), unitCode).stream()
                    .filter(f -> inspections.historyOf(f).stream().anyMatch(i -> i.getInspectedAt() != null
                            && i.getInspectedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear() == year))
                    .count()));
            default -> Optional.empty();
        };
    }

    private BigDecimal passingShare(Set<FacilityKind> kinds, String unitCode) {
        List<Facility> all = of(kinds, unitCode);
        if (all.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long passing = all.stream().filter(f -> inspections.latest(f)
                .map(i -> i.getOutcome() == InspectionOutcome.PASS).orElse(false)).count();
        return BigDecimal.valueOf(passing).multiply(HUNDRED).divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);
    }

    /** The unit's facilities of these kinds (all of them for the district association), closed ones left out. */
    private List<Facility> of(Set<FacilityKind> kinds, String unitCode) {
        List<Facility> found = new ArrayList<>();
        for (FacilityKind kind : kinds) {
            facilities.findByKindOrderByCode(kind).stream()
                    .filter(f -> f.getStatus() != FacilityStatus.CLOSED)
                    .filter(f -> f.getOwner().getCode().equals(unitCode) || (f.getOwner().getParent() != null
                            && f.getOwner().getParent().getCode().equals(unitCode)))
                    .forEach(found::add);
        }
        return found;
    }
}
