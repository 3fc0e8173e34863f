package com.targetflow.inspections;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Facilities;
import com.targetflow.organisation.Facility;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.targets.EvidenceFiles;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facilities and their inspection history as people may see them: the district all, a unit its own. */
@Component
@Transactional(readOnly = true)
class InspectionViews {

    private final Facilities facilities;
    private final InspectionService inspections;
    private final EvidenceFiles evidence;
    private final People people;

    InspectionViews(Facilities facilities, InspectionService inspections, EvidenceFiles evidence, People people) {
        this.facilities = facilities;
        this.inspections = inspections;
        this.evidence = evidence;
        this.people = people;
    }

    /** Who may be sent on a round, as InspectionService accepts them: the active inspectors, then the managers. */
    List<Person> possibleInspectors() {
        return Stream.of(PersonRole.INSPECTOR, PersonRole.MANAGER)
                .flatMap(role -> people.findByRoleOrderByUsername(role).stream())
                .filter(Person::isActive)
                .toList();
    }

    record Visit(
            long id,
            long roundId,
            int visit,
            String inspector,
            Instant inspectedAt,
            String checklist,
            String remark,
            Integer failedItems,
            InspectionOutcome outcome,
            Integer rectifyDays,
            String rectification,
            String rectifiedBy,
            Instant rectifiedAt,
            String escalation,
            List<Long> photoIds,
            String inspectorName) {}

    List<Visit> history(String facilityCode, Principal principal) {
        Facility facility = visible(facilityCode, principal);
        return inspections.historyOf(facility).stream()
                .map(i -> new Visit(
                        i.getId(),
                        i.getRound().getId(),
                        i.getVisit(),
                        i.getInspector(),
                        i.getInspectedAt(),
                        i.getChecklist(),
                        i.getRemark(),
                        i.getFailedItems(),
                        i.getOutcome(),
                        i.getRectifyDays(),
                        i.getRectification(),
                        i.getRectifiedBy(),
                        i.getRectifiedAt(),
                        i.getEscalation(),
                        evidence.ofInspection(i.getId(), unit -> true).stream()
                                .map(e -> e.getId())
                                .toList(),
                        // A person is read by name; the username stays in the API's own field.
                        people.findByUsername(i.getInspector())
                                .map(Person::getName)
                                .orElse(i.getInspector())))
                .toList();
    }

    Facility visible(String facilityCode, Principal principal) {
        Facility facility = facilities
                .findByCode(facilityCode)
                .orElseThrow(() -> Refusal.notFound("error.facility.not-found", facilityCode));
        Person me = people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
        if (!me.getRole().seesWholeDistrict()
                && !facility.getOwner().getId().equals(me.getUnit().getId())) {
            throw Refusal.notFound("error.facility.not-found", facilityCode);
        }
        return facility;
    }

    List<Facility> list(Principal principal) {
        Person me = people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
        return facilities.findAllByOrderByCode().stream()
                .filter(f -> Checklist.inspectable(f.getKind()))
                .filter(f -> me.getRole().seesWholeDistrict()
                        || f.getOwner().getId().equals(me.getUnit().getId()))
                .toList();
    }
}
