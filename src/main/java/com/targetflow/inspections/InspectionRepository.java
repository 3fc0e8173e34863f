package com.targetflow.inspections;

import com.targetflow.organisation.Facility;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByFacilityOrderByIdDesc(Facility facility);

    List<Inspection> findByRoundOrderById(InspectionRound round);

    /** Each facility's latest decided outcome, as (facility id, outcome) pairs: one query for a whole indicator. */
    @Query("select i.facility.id, i.outcome from Inspection i where i.id = (select max(j.id) from Inspection j"
            + " where j.facility = i.facility and j.outcome is not null)")
    List<Object[]> latestOutcomes();

    /** Decided inspections between two instants, with their facility and its owner, in order. */
    @Query("select i from Inspection i join fetch i.facility f join fetch f.owner"
            + " where i.outcome is not null and i.inspectedAt >= ?1 and i.inspectedAt < ?2 order by i.id")
    List<Inspection> decidedBetween(Instant from, Instant to);

    /** The facilities visited between two instants. */
    @Query("select distinct i.facility.id from Inspection i where i.inspectedAt >= ?1 and i.inspectedAt < ?2")
    Set<Long> facilitiesVisitedBetween(Instant from, Instant to);
}
