package com.targetflow.scoring;

import com.targetflow.organisation.Unit;
import com.targetflow.targets.AnnualPlan;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitScoreRepository extends JpaRepository<UnitScore, Long> {

    Optional<UnitScore> findByPlanAndUnit(AnnualPlan plan, Unit unit);

    List<UnitScore> findByPlan(AnnualPlan plan);
}
