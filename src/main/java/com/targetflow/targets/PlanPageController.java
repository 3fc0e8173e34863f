package com.targetflow.targets;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.calendar.WorkingDays;
import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's progress page: each unit's targets with their warning lights against the pace of the year. */
@Controller
class PlanPageController {

    /** One unit's row group: its targets, and how many are red or yellow. */
    record UnitTargets(String unitCode, String unitName, List<TargetProgress> targets, long red, long yellow) {}

    private final PlanRepository plans;
    private final TargetPages pages;
    private final Viewer viewer;
    private final PaceOfYear pace;
    private final PlanService planService;
    private final MessageSource messages;
    private final Clock clock;
    private final WorkingDays workingDays;

    PlanPageController(
            PlanRepository plans,
            TargetPages pages,
            Viewer viewer,
            PaceOfYear pace,
            PlanService planService,
            MessageSource messages,
            Clock clock,
            WorkingDays workingDays) {
        this.planService = planService;
        this.messages = messages;
        this.pace = pace;
        this.plans = plans;
        this.pages = pages;
        this.viewer = viewer;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    /** This year's plan, or the latest there is. */
    @GetMapping("/plans")
    String current() {
        int thisYear = LocalDate.now(clock.withZone(DistrictZone.ZONE)).getYear();
        int year = plans.findByYear(thisYear)
                .map(AnnualPlan::getYear)
                .orElseGet(() -> plans.findAll().stream()
                        .map(AnnualPlan::getYear)
                        .max(Comparator.naturalOrder())
                        .orElseThrow(() -> Refusal.notFound("error.plan.not-found", thisYear)));
        return "redirect:/plans/" + year;
    }

    @GetMapping("/plans/{year}")
    String one(@PathVariable int year, Principal principal, Authentication me, Locale locale, Model model) {
        PlanView view = pages.plan(year, viewer.visibleUnits(principal), Language.of(locale));
        Map<String, List<TargetProgress>> byUnit = new LinkedHashMap<>();
        view.targets()
                .forEach(t -> byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>())
                        .add(t));
        List<UnitTargets> units = byUnit.values().stream()
                .map(ts -> new UnitTargets(
                        ts.get(0).unitCode(),
                        ts.get(0).unitName(),
                        ts,
                        count(ts, WarningLight.RED),
                        count(ts, WarningLight.YELLOW)))
                .toList();
        model.addAttribute("plan", view);
        model.addAttribute(
                "isManager",
                me.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")
                                || a.getAuthority().equals("ROLE_ADMIN")));
        model.addAttribute(
                "greenFrom", pace.thresholds().green().stripTrailingZeros().toPlainString());
        model.addAttribute(
                "yellowFrom", pace.thresholds().yellow().stripTrailingZeros().toPlainString());
        model.addAttribute("units", units);
        model.addAttribute("weekendsOnly", !workingDays.knows(year));
        model.addAttribute(
                "red",
                view.targets().stream()
                        .filter(t -> t.light() == WarningLight.RED)
                        .count());
        model.addAttribute(
                "yellow",
                view.targets().stream()
                        .filter(t -> t.light() == WarningLight.YELLOW)
                        .count());
        model.addAttribute(
                "green",
                view.targets().stream()
                        .filter(t -> t.light() == WarningLight.GREEN)
                        .count());
        return "plan";
    }

    /** Issues a draft plan (the manager checked it on this page after an import). */
    @PostMapping("/plans/{year}/issue")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    // No transaction here: a refused issue rolls back the service's own, and the refusal is shown on the page.
    String issue(@PathVariable int year, Locale locale, RedirectAttributes redirect) {
        try {
            planService.issue(year);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("plans.issued", new Object[] {String.valueOf(year)}, locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
        }
        return "redirect:/plans/" + year;
    }

    /** 复制往年的目标任务: a draft of {year} with the targets of {from}, its quotas or what was reached. */
    @PostMapping("/plans/copy")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String copy(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) CopyBasis basis,
            Locale locale,
            RedirectAttributes redirect) {
        if (year == null || from == null) {
            redirect.addFlashAttribute("error", messages.getMessage("plans.copy.missing", null, locale));
            return year == null ? "redirect:/plans/import" : "redirect:/plans/import?year=" + year;
        }
        try {
            planService.create(new PlanRequest(year, from, basis == null ? CopyBasis.QUOTAS : basis, null, null));
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "plans.copied", new Object[] {String.valueOf(from), String.valueOf(year)}, locale));
            return "redirect:/plans/" + year;
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
            return "redirect:/plans/import?year=" + year;
        }
    }

    private static long count(List<TargetProgress> targets, WarningLight light) {
        return targets.stream().filter(t -> t.light() == light).count();
    }
}
