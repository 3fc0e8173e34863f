package com.targetflow.inspections;

import com.targetflow.organisation.Facility;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByFacilityOrderByIdDesc(Facility facility);

    List<Inspection> findByRoundOrderById(InspectionRound round);

    List<Inspection> findByOutcomeIsNotNullOrderByIdDesc();
}
