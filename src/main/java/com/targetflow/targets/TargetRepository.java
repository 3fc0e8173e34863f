package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetRepository extends JpaRepository<Target, Long> {

    @EntityGraph(attributePaths = {"indicator", "unit"})
    List<Target> findByPlanOrderByUnitCodeAscIndicatorIdAsc(AnnualPlan plan);

    @EntityGraph(attributePaths = {"indicator", "unit"})
    List<Target> findByPlanAndUnitOrderByIndicatorId(AnnualPlan plan, Unit unit);

    @Query("select new com.targetflow.targets.TargetRow(i.code, i.name, i.nameEn, t.quota, i.measure, i.measureEn,"
            + " t.dueDate, t.status, t.objection, t.proposedQuota, i.kind)"
            + " from Target t join t.indicator i where t.plan.id = ?1 and t.unit.code = ?2 order by i.id")
    List<TargetRow> rowsOf(long planId, String unitCode);

    /** As values, not entities: issuing a plan keeps its transaction's entities few (see TargetRow). */
    @Query("select new com.targetflow.targets.HighestQuota(i.code, max(t.quota))"
            + " from Target t join t.indicator i where t.plan.id = ?1 group by i.code order by i.code")
    List<HighestQuota> highestQuotasOf(long planId);

    boolean existsByPlanAndUnitCodeAndIndicatorCode(AnnualPlan plan, String unitCode, String indicatorCode);

    /** The units that report on some target themselves; meeting and inspection counts need no unit process. */
    @Query("select distinct t.unit.code from Target t where t.plan = ?1"
            + " and t.indicator.source = com.targetflow.targets.IndicatorSource.REPORTED order by t.unit.code")
    List<String> reportingUnitCodesOf(AnnualPlan plan);

    long countByPlan(AnnualPlan plan);
}
