package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TargetRepository extends JpaRepository<Target, Long> {

    @EntityGraph(attributePaths = {"indicator", "unit"})
    List<Target> findByPlanOrderByUnitCodeAscIndicatorIdAsc(AnnualPlan plan);

    @EntityGraph(attributePaths = {"indicator", "unit"})
    List<Target> findByPlanAndUnitOrderByIndicatorId(AnnualPlan plan, Unit unit);

    boolean existsByPlanAndUnitCodeAndIndicatorCode(AnnualPlan plan, String unitCode, String indicatorCode);

    /** The units that report on some target themselves; meeting and inspection counts need no unit process. */
    @Query("select distinct t.unit.code from Target t where t.plan = ?1"
            + " and t.indicator.source = com.targetflow.targets.IndicatorSource.REPORTED order by t.unit.code")
    List<String> reportingUnitCodesOf(AnnualPlan plan);

    long countByPlan(AnnualPlan plan);
}
