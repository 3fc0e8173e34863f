package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByPlanAndUnitOrderById(AnnualPlan plan, Unit unit);

    @EntityGraph(attributePaths = {"unit", "lines", "lines.target"})
    List<ProgressReport> findByPlanOrderById(AnnualPlan plan);

    Optional<ProgressReport> findFirstByPlanAndUnitOrderByIdDesc(AnnualPlan plan, Unit unit);
}
