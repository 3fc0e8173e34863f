package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByPlanAndUnitOrderById(AnnualPlan plan, Unit unit);

    Optional<ProgressReport> findFirstByPlanAndUnitOrderByIdDesc(AnnualPlan plan, Unit unit);
}
