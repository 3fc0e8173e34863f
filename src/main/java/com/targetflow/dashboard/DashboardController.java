package com.targetflow.dashboard;

import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The dashboard (仪表盘): the page, and the JSON behind it with the same numbers. */
@Controller
class DashboardController {

    private final DashboardAccess access;

    DashboardController(DashboardAccess access) {
        this.access = access;
    }

    @GetMapping("/api/dashboard")
    @ResponseBody
    DashboardView api(@RequestParam(required = false) Integer year, Principal principal, Locale locale) {
        return access.dashboard(year, principal, locale);
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) Integer year, Principal principal, Locale locale, Model model) {
        model.addAttribute("dashboard", access.dashboard(year, principal, locale));
        model.addAttribute("unitOnly", !access.seesWholeDistrict(principal));
        return "dashboard";
    }
}
