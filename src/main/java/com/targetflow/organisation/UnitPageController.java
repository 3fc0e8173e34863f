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
 * 单位: the district's units and communities, found by name or code, kind and state (managers read);
 * administrators add one, change it, and deactivate it when it is merged or dissolved — never delete it,
 * since last year's targets and scores name it.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class UnitPageController {

    private final UnitPages pages;
    private final OrganisationRegister register;
    private final RegisterForms forms;
    private final MessageSource messages;

    UnitPageController(UnitPages pages, OrganisationRegister register, RegisterForms forms, MessageSource messages) {
        this.pages = pages;
        this.register = register;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/units")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state,
            Locale locale,
            Model model) {
        model.addAllAttributes(pages.list(q, kind, state, locale));
        return "units";
    }

    @GetMapping("/units/new")
    @PreAuthorize("hasRole('ADMIN')")
    String blank(Locale locale, Model model) {
        model.addAllAttributes(
                pages.form(null, new HashMap<>(Map.of("kind", UnitKind.COMMUNITY.name())), Map.of(), locale));
        return "unit-form";
    }

    @PostMapping("/units/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new HashMap<>();
        UnitRequest request = request(form, RegisterForms.text(form, "code"), problems, locale);
        if (problems.isEmpty()) {
            try {
                Unit unit = register.createUnit(request);
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("units.added", new Object[] {unit.getName()}, locale));
                return "redirect:/units/" + unit.getCode();
            } catch (Refusal refused) {
                forms.refused(refused, problems, locale);
            }
        }
        // Shown again after the register's transaction has ended: the form reads in one of its own.
        model.addAllAttributes(pages.form(null, form, problems, locale));
        return "unit-form";
    }

    @GetMapping("/units/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable String code, Locale locale, Model model) {
        model.addAllAttributes(pages.edit(code, locale));
        return "unit-form";
    }

    @PostMapping("/units/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> problems = new HashMap<>();
        UnitRequest request = request(form, code, problems, locale);
        if (problems.isEmpty()) {
            try {
                register.updateUnit(code, request);
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("units.saved", new Object[] {request.name()}, locale));
                return "redirect:/units/" + code;
            } catch (Refusal refused) {
                forms.refused(refused, problems, locale);
            }
        }
        form.put("code", code);
        model.addAllAttributes(pages.form(code, form, problems, locale));
        return "unit-form";
    }

    @PostMapping("/units/{code}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    String deactivate(@PathVariable String code, Locale locale, RedirectAttributes redirect) {
        try {
            Unit unit = register.deactivateUnit(code);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("units.deactivated", new Object[] {unit.getName()}, locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
        }
        return "redirect:/units/" + code;
    }

    @PostMapping("/units/{code}/reactivate")
    @PreAuthorize("hasRole('ADMIN')")
    String reactivate(@PathVariable String code, Locale locale, RedirectAttributes redirect) {
        Unit unit = register.reactivateUnit(code);
        redirect.addFlashAttribute(
                "notice", messages.getMessage("units.reactivated", new Object[] {unit.getName()}, locale));
        return "redirect:/units/" + code;
    }

    private UnitRequest request(Map<String, String> form, String code, Map<String, String> problems, Locale locale) {
        UnitKind kind = forms.choice(UnitKind.class, "kind", form.get("kind"), problems, locale);
        UnitRequest request = new UnitRequest(
                code,
                RegisterForms.text(form, "name"),
                RegisterForms.text(form, "nameEn"),
                kind,
                RegisterForms.text(form, "parentCode"));
        forms.check(request).forEach(problems::putIfAbsent);
        return request;
    }
}
