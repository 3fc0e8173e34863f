package com.targetflow.demo;

import com.targetflow.operations.SeedMarkers;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the current year's plan to the 13 sub-district associations on the demo's first start,
 * with the seed's figures: 4 new galleries and 40 new boards spread over the sub-districts, science
 * groups and reading rooms in 80% of communities, every gallery and school under standardised
 * management, four lectures or trainings per school, one large volunteer event each; and the
 * district's four secretary-general meetings and two full committee meetings, which issuing schedules.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPlanLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);
    private static final int SUBDISTRICTS = 13;

    private final PlanService plans;
    private final SeedMarkers markers;
    private final Clock clock;
    private final DemoYearSoFar yearSoFar;
    private final TransactionTemplate tx;
    private final boolean play;

    DemoPlanLoader(
            PlanService plans,
            SeedMarkers markers,
            Clock clock,
            DemoYearSoFar yearSoFar,
            PlatformTransactionManager transactions,
            @Value("${targetflow.demo.play-year-so-far:true}") boolean play) {
        this.plans = plans;
        this.markers = markers;
        this.clock = clock;
        this.yearSoFar = yearSoFar;
        this.tx = new TransactionTemplate(transactions);
        this.play = play;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDateTime now = LocalDateTime.now(clock);
        int year = now.getYear();
        // The demo's year began in January: its plan counts as issued on the year's first working day, so the
        // meetings of the months gone by keep their usual dates. Played, it is issued on that day, and the
        // year is then played up to now (DemoYearSoFar); otherwise it is issued today, with nothing done yet.
        LocalDate issued = DemoDays.workingDays(LocalDate.of(year, 1, 4), 0);
        boolean playing = play && now.toLocalDate().isAfter(issued);
        try {
            if (playing) {
                DemoDays.moveTo(issued.atTime(9, 0));
            }
            AnnualPlan plan = tx.execute(status -> markers.claim("demo-plan") ? issue(year, issued) : null);
            if (plan == null) {
                return;
            }
            log.info("Demo plan for {} issued to {} sub-district associations", year, SUBDISTRICTS);
            if (playing) {
                yearSoFar.play(plan, now);
            }
        } finally {
            ClockUtil.reset();
        }
    }

    /** The demo's plan of a year, issued as of a day (in the caller's transaction). */
    AnnualPlan issue(int year, LocalDate issued) {
        AnnualPlan plan = plans.createDraft(year);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate autumn = LocalDate.of(year, 10, 31);
        for (int n = 1; n <= SUBDISTRICTS; n++) {
            String unit = "SD%02d".formatted(n);
            target(plan, "ORG-2", unit, 80, yearEnd);
            target(plan, "VOL-1", unit, 1, yearEnd);
            if (n <= 4) {
                target(plan, "FAC-1", unit, 1, autumn);
            }
            target(plan, "FAC-2", unit, n == 1 ? 4 : 3, autumn);
            target(plan, "FAC-3", unit, 100, yearEnd);
            target(plan, "FAC-4", unit, 100, yearEnd);
            target(plan, "SCH-1", unit, 100, yearEnd);
            target(plan, "SCH-2", unit, 4, yearEnd);
            target(plan, "ROOM-1", unit, 80, yearEnd);
        }
        // The district's own meetings: four sub-district secretary-general meetings, two full committee meetings.
        target(plan, "MTG-1", "DIST", 4, yearEnd);
        target(plan, "MTG-2", "DIST", 2, yearEnd);
        plans.issue(plan, issued);
        return plan;
    }

    private void target(AnnualPlan plan, String indicator, String unit, int quota, LocalDate due) {
        plans.addTarget(plan, indicator, unit, BigDecimal.valueOf(quota), due);
    }
}
