package com.targetflow.inspections;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Refusal;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.organisation.Facilities;
import com.targetflow.organisation.Facility;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.FacilityStatus;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection rounds: which facilities a round visits, each visit's checklist and outcome, what the
 * owning unit did to rectify, and the facility's status that follows.
 */
@Service
@Transactional
public class InspectionService {

    public static final String PROCESS_KEY = FacilityInspectionModel.KEY;
    private static final Random RANDOM = new Random();

    private final InspectionRoundRepository rounds;
    private final InspectionRepository inspections;
    private final Facilities facilities;
    private final Units units;
    private final People people;
    private final RuntimeService runtime;
    private final Clock clock;

    InspectionService(
            InspectionRoundRepository rounds,
            InspectionRepository inspections,
            Facilities facilities,
            Units units,
            People people,
            RuntimeService runtime,
            Clock clock) {
        this.rounds = rounds;
        this.inspections = inspections;
        this.facilities = facilities;
        this.units = units;
        this.people = people;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Starts a round over the facilities in scope; a gallery round takes the bulletin boards too. */
    public InspectionRound start(RoundRequest request, String startedBy) {
        FacilityKind kind = request.facilityKind();
        if (kind == null || !Checklist.inspectable(kind)) {
            throw Refusal.invalid("facilityKind", "error.inspection.kind", kind);
        }
        if (request.dueDate() == null || request.dueDate().isBefore(LocalDate.now(clock))) {
            throw Refusal.invalid("dueDate", "error.inspection.due", request.dueDate());
        }
        if (request.inspector() == null
                || people.findByUsername(request.inspector())
                        .filter(p -> p.getRole() == PersonRole.INSPECTOR || p.getRole() == PersonRole.MANAGER)
                        // A person who has left gets no work (see the register).
                        .filter(Person::isActive)
                        .isEmpty()) {
            throw Refusal.invalid("inspector", "error.inspection.inspector", request.inspector());
        }
        // A share outside 1–100 is a mistake whatever the scope, even where no sample is drawn.
        Integer share = request.samplePercent();
        if (share != null && (share < 1 || share > 100)) {
            throw Refusal.invalid("samplePercent", "error.inspection.sample", share);
        }
        InspectionScope scope = request.scope() == null ? InspectionScope.ALL : request.scope();
        List<Facility> inKind = new ArrayList<>(facilities.findByKindOrderByCode(kind));
        if (kind == FacilityKind.GALLERY) {
            inKind.addAll(facilities.findByKindOrderByCode(FacilityKind.BULLETIN_BOARD));
        }
        Unit scopeUnit = null;
        Integer percent = null;
        List<Facility> chosen = new ArrayList<>(inKind);
        switch (scope) {
            case SUBDISTRICT -> {
                scopeUnit = units.findByCode(request.unitCode() == null ? "" : request.unitCode())
                        .filter(u -> u.getKind() == UnitKind.SUBDISTRICT_ASSOCIATION)
                        .orElseThrow(() -> Refusal.invalid("unitCode", "error.inspection.unit", request.unitCode()));
                Long unitId = scopeUnit.getId();
                chosen.removeIf(f -> !f.getOwner().getId().equals(unitId));
            }
            case SAMPLE -> {
                percent = request.samplePercent();
                if (percent == null || percent < 1 || percent > 100) {
                    throw Refusal.invalid("samplePercent", "error.inspection.sample", percent);
                }
                Collections.shuffle(chosen, RANDOM);
                chosen = new ArrayList<>(chosen.subList(0, sampleSize(inKind.size(), percent)));
            }
            default -> {}
        }
        chosen.removeIf(f -> f.getStatus() == FacilityStatus.CLOSED);
        if (chosen.isEmpty()) {
            throw Refusal.invalid("scope", "error.inspection.empty");
        }
        InspectionRound round = rounds.save(new InspectionRound(
                kind,
                scope,
                scopeUnit,
                percent,
                request.inspector(),
                request.dueDate(),
                startedBy,
                Instant.now(clock),
                chosen.size()));
        List<Long> ids = chosen.stream().map(Facility::getId).toList();
        runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                "inspection-round-" + round.getId(),
                Map.of(
                        "roundId",
                        round.getId(),
                        "inspector",
                        round.getInspector(),
                        "facilityIds",
                        Variables.objectValue(new ArrayList<>(ids))
                                .serializationDataFormat("application/json")
                                .create()));
        return round;
    }

    /** A sample of N% of n facilities: N% rounded up, at least one. */
    static int sampleSize(int n, int percent) {
        return Math.max(1, (int) Math.ceil(n * percent / 100.0));
    }

    /** Opens the visit an inspector's task stands for: visit 1, or the next re-inspection. */
    public Inspection openVisit(long roundId, long facilityId) {
        InspectionRound round = rounds.findById(roundId).orElseThrow();
        Facility facility = facilities.findById(facilityId).orElseThrow();
        int visit = (int) inspections.findByFacilityOrderByIdDesc(facility).stream()
                        .filter(i -> i.getRound().getId().equals(roundId))
                        .count()
                + 1;
        return inspections.save(new Inspection(round, facility, visit, round.getInspector()));
    }

    /** 现场检查 / 复查: the ticked checklist; returns the number of items not met and whether there is a hazard. */
    public ChecklistResult check(ChecklistTicked checklist) {
        inspection(checklist.inspectionId())
                .inspected(checklist.ticked(), checklist.remark(), checklist.failedItems(), Instant.now(clock));
        return new ChecklistResult(checklist.failedItems(), checklist.hazard());
    }

    public record ChecklistResult(int failedItems, boolean hazard) {}

    /** The decision's outcome, and the facility's status that follows. */
    public void decide(long inspectionId, InspectionOutcome outcome, Integer rectifyDays) {
        Inspection inspection = inspection(inspectionId);
        inspection.decided(outcome, rectifyDays);
        inspection
                .getFacility()
                .inspected(
                        switch (outcome) {
                            case PASS -> FacilityStatus.QUALIFIED;
                            case RECTIFY -> FacilityStatus.RECTIFYING;
                            case FAIL -> FacilityStatus.UNQUALIFIED;
                        });
    }

    /** 整改: what the owning unit did. */
    public void rectify(long inspectionId, String what, String by) {
        inspection(inspectionId).rectified(what, by, Instant.now(clock));
    }

    /** 督办: the district's decision on a facility that failed its second re-inspection. */
    public void escalate(long inspectionId, String decision) {
        inspection(inspectionId).escalated(decision);
    }

    @Transactional(readOnly = true)
    public Inspection inspection(long id) {
        return inspections.findById(id).orElseThrow(() -> Refusal.notFound("error.inspection.not-found", id));
    }

    @Transactional(readOnly = true)
    public List<Inspection> historyOf(Facility facility) {
        return inspections.findByFacilityOrderByIdDesc(facility);
    }

    /** How one unit's facilities fared in a year: inspected (by their latest decided visit) and passed. */
    public record UnitResult(String unitCode, long inspected, long passed) {}

    /** Every decided visit of the year, in order, with its facility and owner. */
    @Transactional(readOnly = true)
    public List<Inspection> decidedIn(int year) {
        ZoneId zone = DistrictZone.ZONE;
        return inspections.decidedBetween(
                LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
    }

    /** Re-inspections (复查) of the unit's facilities in the year that still did not pass. */
    @Transactional(readOnly = true)
    public long failedReinspections(String unitCode, int year) {
        return decidedIn(year).stream()
                .filter(i -> i.getVisit() > 1
                        && i.getOutcome() != InspectionOutcome.PASS
                        && i.getFacility().getOwner().getCode().equals(unitCode))
                .count();
    }

    /** Per owning unit, the facilities inspected in the year and how many passed their latest visit. */
    @Transactional(readOnly = true)
    public List<UnitResult> resultsByUnit(int year) {
        Map<Long, Inspection> latest = new LinkedHashMap<>();
        for (Inspection i : decidedIn(year)) {
            latest.put(i.getFacility().getId(), i);
        }
        Map<String, long[]> byUnit = new TreeMap<>();
        for (Inspection i : latest.values()) {
            long[] counts = byUnit.computeIfAbsent(i.getFacility().getOwner().getCode(), u -> new long[2]);
            counts[0]++;
            if (i.getOutcome() == InspectionOutcome.PASS) {
                counts[1]++;
            }
        }
        return byUnit.entrySet().stream()
                .map(e -> new UnitResult(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Request to start a round. */
    public record RoundRequest(
            FacilityKind facilityKind,
            InspectionScope scope,
            String unitCode,
            Integer samplePercent,
            String inspector,
            LocalDate dueDate) {}
}
