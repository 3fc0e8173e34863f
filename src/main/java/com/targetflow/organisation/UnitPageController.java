package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * 单位: the district's units and communities, found by name or code, kind and state (managers read);
 * administrators add one, change it, and deactivate it when it is merged or dissolved — never delete it,
 * since last year's targets and scores name it.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class UnitPageController {

    private final UnitRepository units;
    private final PersonRepository people;
    private final OrganisationRegister register;
    private final RegisterForms forms;
    private final MessageSource messages;
    /** A form sent back with its problems is shown again after the register's transaction has ended. */
    private final TransactionTemplate readOnly;

    UnitPageController(
            UnitRepository units,
            PersonRepository people,
            OrganisationRegister register,
            RegisterForms forms,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.units = units;
        this.people = people;
        this.register = register;
        this.forms = forms;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/units")
    @Transactional(readOnly = true)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state,
            Locale locale,
            Model model) {
        Language language = Language.of(locale);
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<Long, Long> staff = people.findAllByOrderByUsername().stream()
                .filter(Person::isActive)
                .collect(Collectors.groupingBy(p -> p.getUnit().getId(), Collectors.counting()));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute(
                "units",
                units.findAllByOrderByCode().stream()
                        .filter(u -> kind == null
                                || kind.isBlank()
                                || u.getKind().name().equals(kind))
                        .filter(u -> !"active".equals(state) || u.isActive())
                        .filter(u -> !"inactive".equals(state) || !u.isActive())
                        .filter(u -> query.isEmpty()
                                || u.getCode().toLowerCase(Locale.ROOT).contains(query)
                                || u.displayName(language)
                                        .toLowerCase(Locale.ROOT)
                                        .contains(query)
                                || u.getName().contains(query))
                        .map(u -> new Row(
                                u.getCode(),
                                u.displayName(language),
                                u.getKind().name(),
                                u.getParent() == null ? "" : u.getParent().displayName(language),
                                staff.getOrDefault(u.getId(), 0L),
                                u.isActive()))
                        .toList());
        return "units";
    }

    @GetMapping("/units/new")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    String blank(Locale locale, Model model) {
        return form(null, new HashMap<>(Map.of("kind", UnitKind.COMMUNITY.name())), Map.of(), locale, model);
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
        return readOnly.execute(status -> form(null, form, problems, locale, model));
    }

    @GetMapping("/units/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    String edit(@PathVariable String code, Locale locale, Model model) {
        Unit unit = register.unit(code);
        Map<String, String> values = new HashMap<>();
        values.put("code", unit.getCode());
        values.put("name", unit.getName());
        values.put("nameEn", unit.getNameEn() == null ? "" : unit.getNameEn());
        values.put("kind", unit.getKind().name());
        values.put(
                "parentCode", unit.getParent() == null ? "" : unit.getParent().getCode());
        return form(unit, values, Map.of(), locale, model);
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
        return readOnly.execute(status -> form(register.unit(code), form, problems, locale, model));
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

    private String form(
            Unit unit, Map<String, String> values, Map<String, String> problems, Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("unit", unit == null ? null : UnitView.of(unit));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", Arrays.asList(UnitKind.values()));
        model.addAttribute(
                "parents",
                units.findAllByOrderByCode().stream()
                        .filter(u -> u.isActive()
                                && u.getKind() != UnitKind.COMMUNITY
                                && (unit == null || !u.getCode().equals(unit.getCode())))
                        .map(u -> new Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        if (unit != null) {
            model.addAttribute(
                    "staff",
                    people.findByUnitOrderByUsername(unit).stream()
                            .map(p -> new Choice(p.getUsername(), p.getName()))
                            .toList());
        }
        return "unit-form";
    }

    /** A unit as the list shows it. */
    record Row(String code, String name, String kind, String parentName, long people, boolean active) {}

    /** One option of a list: the value sent, the words shown. */
    record Choice(String value, String label) {}
}
