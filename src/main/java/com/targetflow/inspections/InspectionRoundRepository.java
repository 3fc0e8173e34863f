package com.targetflow.inspections;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRoundRepository extends JpaRepository<InspectionRound, Long> {

    List<InspectionRound> findAllByOrderByIdDesc();
}
