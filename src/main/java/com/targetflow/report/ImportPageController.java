package com.targetflow.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page on which a manager downloads the plan's template and uploads it filled in. */
@Controller
class ImportPageController {

    private final Clock clock;

    ImportPageController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/plans/import")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("year", year != null ? year : LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear() + 1);
        return "plan-import";
    }
}
