package com.targetflow.report;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.targets.PlanService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page on which a manager downloads the plan's template and uploads it filled in. */
@Controller
class ImportPageController {

    private final Clock clock;
    private final PlanService plans;

    ImportPageController(Clock clock, PlanService plans) {
        this.clock = clock;
        this.plans = plans;
    }

    @GetMapping("/plans/import")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int planYear = year != null
                ? year
                : LocalDate.now(clock.withZone(DistrictZone.ZONE)).getYear() + 1;
        model.addAttribute("year", planYear);
        // Copying is offered from any other year's plan, the year before first.
        model.addAttribute(
                "copyFrom", plans.years().stream().filter(y -> y != planYear).toList());
        return "plan-import";
    }
}
