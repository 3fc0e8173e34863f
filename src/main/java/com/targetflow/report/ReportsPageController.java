package com.targetflow.report;

import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import java.util.Comparator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reports (报告) of the navigation: for each year, its summary, its scores and its workbook. */
@Controller
class ReportsPageController {

    private final Plans plans;

    ReportsPageController(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'DISTRICT_LEADER')")
    String reports(Model model) {
        model.addAttribute(
                "years",
                plans.findAll().stream()
                        .map(AnnualPlan::getYear)
                        .sorted(Comparator.reverseOrder())
                        .toList());
        return "reports";
    }
}
