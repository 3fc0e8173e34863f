package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByPlanAndUnitAndRoundOrderById(AnnualPlan plan, Unit unit, int round);

    long countByPlanAndUnitAndRound(AnnualPlan plan, Unit unit, int round);

    List<Evidence> findByActionItemIdOrderById(Long actionItemId);

    long countByActionItemId(Long actionItemId);

    List<Evidence> findByInspectionIdOrderById(Long inspectionId);

    long countByInspectionId(Long inspectionId);
}
