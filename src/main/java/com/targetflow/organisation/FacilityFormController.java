package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One facility of the register on a page, for administrators: add it, change it, and take it out of
 * use (已撤销) when it is removed — its inspections stay in history. The list is 设施与检查's.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FacilityFormController {

    private final FacilityRepository facilities;
    private final UnitRepository units;
    private final OrganisationRegister register;
    private final RegisterForms forms;
    private final MessageSource messages;
    /** A form sent back with its problems is shown again after the register's transaction has ended. */
    private final TransactionTemplate readOnly;

    FacilityFormController(
            FacilityRepository facilities,
            UnitRepository units,
            OrganisationRegister register,
            RegisterForms forms,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.facilities = facilities;
        this.units = units;
        this.register = register;
        this.forms = forms;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/facilities/new")
    @Transactional(readOnly = true)
    String blank(Locale locale, Model model) {
        return form(
                null,
                new HashMap<>(
                        Map.of("kind", FacilityKind.GALLERY.name(), "status", FacilityStatus.NOT_INSPECTED.name())),
                Map.of(),
                locale,
                model);
    }

    @PostMapping("/facilities/new")
    String create(@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new HashMap<>();
        FacilityRequest request = request(form, RegisterForms.text(form, "code"), problems, locale);
        if (problems.isEmpty()) {
            try {
                Facility facility = register.createFacility(request);
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage("facility.form.added", new Object[] {facility.getName()}, locale));
                return "redirect:/facilities/" + facility.getCode();
            } catch (Refusal refused) {
                forms.refused(refused, problems, locale);
            }
        }
        return readOnly.execute(status -> form(null, form, problems, locale, model));
    }

    @GetMapping("/facilities/{code}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable String code, Locale locale, Model model) {
        Facility facility = facility(code);
        Map<String, String> values = new HashMap<>();
        values.put("code", facility.getCode());
        values.put("name", facility.getName());
        values.put("kind", facility.getKind().name());
        values.put("ownerCode", facility.getOwner().getCode());
        values.put(
                "communityCode",
                facility.getCommunity() == null ? "" : facility.getCommunity().getCode());
        values.put("address", facility.getAddress() == null ? "" : facility.getAddress());
        values.put("sinceYear", facility.getSinceYear() == null ? "" : String.valueOf(facility.getSinceYear()));
        values.put("status", facility.getStatus().name());
        return form(facility, values, Map.of(), locale, model);
    }

    @PostMapping("/facilities/{code}/edit")
    String update(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> problems = new HashMap<>();
        FacilityRequest request = request(form, code, problems, locale);
        if (problems.isEmpty()) {
            try {
                register.updateFacility(code, request);
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("facility.form.saved", new Object[] {request.name()}, locale));
                return "redirect:/facilities/" + code;
            } catch (Refusal refused) {
                forms.refused(refused, problems, locale);
            }
        }
        form.put("code", code);
        return readOnly.execute(status -> form(facility(code), form, problems, locale, model));
    }

    private Facility facility(String code) {
        return facilities.findByCode(code).orElseThrow(() -> Refusal.notFound("error.facility.not-found", code));
    }

    private FacilityRequest request(
            Map<String, String> form, String code, Map<String, String> problems, Locale locale) {
        FacilityKind kind = forms.choice(FacilityKind.class, "kind", form.get("kind"), problems, locale);
        FacilityStatus status = forms.choice(FacilityStatus.class, "status", form.get("status"), problems, locale);
        Integer since = forms.number("sinceYear", form.get("sinceYear"), problems, locale);
        FacilityRequest request = new FacilityRequest(
                code,
                RegisterForms.text(form, "name"),
                kind,
                RegisterForms.text(form, "ownerCode"),
                RegisterForms.text(form, "communityCode"),
                RegisterForms.text(form, "address"),
                since,
                status);
        forms.check(request).forEach(problems::putIfAbsent);
        return request;
    }

    private String form(
            Facility facility, Map<String, String> values, Map<String, String> problems, Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("facility", facility == null ? null : FacilityView.of(facility));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", Arrays.asList(FacilityKind.values()));
        model.addAttribute("statuses", Arrays.asList(FacilityStatus.values()));
        model.addAttribute(
                "owners",
                units.findAllByOrderByCode().stream()
                        .filter(u -> u.isActive()
                                || (facility != null
                                        && u.getId().equals(facility.getOwner().getId())))
                        .map(u ->
                                new UnitPageController.Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        model.addAttribute(
                "communities",
                units.findByKindOrderByCode(UnitKind.COMMUNITY).stream()
                        .filter(Unit::isActive)
                        .map(u ->
                                new UnitPageController.Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        return "facility-form";
    }
}
