package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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

    private final FacilityPages pages;
    private final OrganisationRegister register;
    private final RegisterForms forms;
    private final MessageSource messages;

    FacilityFormController(
            FacilityPages pages, OrganisationRegister register, RegisterForms forms, MessageSource messages) {
        this.pages = pages;
        this.register = register;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/facilities/new")
    String blank(Locale locale, Model model) {
        model.addAllAttributes(pages.form(
                null,
                new HashMap<>(
                        Map.of("kind", FacilityKind.GALLERY.name(), "status", FacilityStatus.NOT_INSPECTED.name())),
                Map.of(),
                locale));
        return "facility-form";
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
        // Shown again after the register's transaction has ended: the form reads in one of its own.
        model.addAllAttributes(pages.form(null, form, problems, locale));
        return "facility-form";
    }

    @GetMapping("/facilities/{code}/edit")
    String edit(@PathVariable String code, Locale locale, Model model) {
        model.addAllAttributes(pages.edit(code, locale));
        return "facility-form";
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
        model.addAllAttributes(pages.form(code, form, problems, locale));
        return "facility-form";
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
}
