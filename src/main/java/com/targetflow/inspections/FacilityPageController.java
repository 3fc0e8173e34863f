package com.targetflow.inspections;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Facility;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.FacilityStatus;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

/** The facilities page: the register with filters and status; each facility's inspections; a manager starts a round. */
@Controller
class FacilityPageController {

    private final InspectionViews views;
    private final InspectionService inspections;
    private final Units units;
    private final MessageSource messages;

    FacilityPageController(InspectionViews views, InspectionService inspections, Units units, MessageSource messages) {
        this.views = views;
        this.inspections = inspections;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/facilities")
    String list(
            @RequestParam(required = false) FacilityKind kind,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FacilityStatus status,
            Principal principal,
            Authentication me,
            Model model) {
        List<Facility> shown = views.list(principal).stream()
                .filter(f -> kind == null
                        || f.getKind() == kind
                        || (kind == FacilityKind.GALLERY && f.getKind() == FacilityKind.BULLETIN_BOARD))
                .filter(f ->
                        unit == null || unit.isBlank() || f.getOwner().getCode().equals(unit))
                .filter(f -> status == null || f.getStatus() == status)
                .toList();
        model.addAttribute("facilities", shown);
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        // Every kind can be found (科普宣传栏 too); rounds are started for the kinds that have a checklist.
        model.addAttribute("allKinds", FacilityKind.values());
        model.addAttribute(
                "kinds",
                List.of(FacilityKind.GALLERY, FacilityKind.CITIZEN_SCIENCE_SCHOOL, FacilityKind.EDUCATION_BASE));
        model.addAttribute("statuses", FacilityStatus.values());
        model.addAttribute("subdistricts", units.findByKindOrderByCode(UnitKind.SUBDISTRICT_ASSOCIATION));
        model.addAttribute("scopes", InspectionScope.values());
        boolean manager = me.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")
                        || a.getAuthority().equals("ROLE_ADMIN"));
        model.addAttribute("isManager", manager);
        model.addAttribute("defaultDue", LocalDate.now().plusDays(14));
        // Only the round's form, which managers alone see, lists them.
        model.addAttribute("inspectors", manager ? views.possibleInspectors() : List.of());
        return "facilities";
    }

    @GetMapping("/facilities/{code}")
    String one(@PathVariable String code, Principal principal, Model model) {
        model.addAttribute("facility", views.visible(code, principal));
        model.addAttribute("visits", views.history(code, principal));
        return "facility";
    }

    @PostMapping("/facilities/rounds")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String start(
            @RequestParam FacilityKind facilityKind,
            @RequestParam InspectionScope scope,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) Integer samplePercent,
            @RequestParam String inspector,
            @RequestParam LocalDate dueDate,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            InspectionRound round = inspections.start(
                    new InspectionService.RoundRequest(
                            facilityKind, scope, unitCode, samplePercent, inspector, dueDate),
                    principal.getName());
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("facilities.started", new Object[] {round.getFacilityCount()}, locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
        }
        return "redirect:/facilities";
    }
}
