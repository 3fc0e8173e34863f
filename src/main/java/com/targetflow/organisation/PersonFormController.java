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
 * One person of the register on a page, for administrators: add them (they get an invitation to set
 * their own password; nobody types one for them), change their details. Someone who leaves is handled
 * by 人员变动, which hands their work over before they are deactivated.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PersonFormController {

    private final PeoplePages pages;
    private final OrganisationRegister register;
    private final RegisterForms forms;
    private final MessageSource messages;

    PersonFormController(
            PeoplePages pages, OrganisationRegister register, RegisterForms forms, MessageSource messages) {
        this.pages = pages;
        this.register = register;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/people/new")
    String blank(@RequestParam(required = false) String unit, Locale locale, Model model) {
        Map<String, String> values =
                new HashMap<>(Map.of("role", PersonRole.SECRETARY_GENERAL.name(), "language", Language.ZH.name()));
        if (unit != null) {
            values.put("unitCode", unit);
        }
        model.addAllAttributes(pages.form(null, values, Map.of(), locale));
        return "person-form";
    }

    @PostMapping("/people/new")
    String create(@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new HashMap<>();
        PersonRequest request = request(form, RegisterForms.text(form, "username"), problems, locale);
        DigestFrequency digest = forms.choice(DigestFrequency.class, "digest", form.get("digest"), problems, locale);
        if (problems.isEmpty()) {
            try {
                Person person = register.createPerson(request, digest);
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage(
                                "people.added", new Object[] {person.getName(), person.getEmail()}, locale));
                return "redirect:/people/" + person.getUsername() + "/edit";
            } catch (Refusal refused) {
                forms.refused(refused, problems, locale);
            }
        }
        // Shown again after the register's transaction has ended: the form reads in one of its own.
        model.addAllAttributes(pages.form(null, form, problems, locale));
        return "person-form";
    }

    @GetMapping("/people/{username}/edit")
    String edit(@PathVariable String username, Locale locale, Model model) {
        model.addAllAttributes(pages.edit(username, locale));
        return "person-form";
    }

    @PostMapping("/people/{username}/edit")
    String update(
            @PathVariable String username,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> problems = new HashMap<>();
        PersonRequest request = request(form, username, problems, locale);
        DigestFrequency digest = forms.choice(DigestFrequency.class, "digest", form.get("digest"), problems, locale);
        if (problems.isEmpty()) {
            try {
                register.updatePerson(username, request, digest);
                redirect.addFlashAttribute(
                        "notice", messages.getMessage("people.saved", new Object[] {request.name()}, locale));
                return "redirect:/people/" + username + "/edit";
            } catch (Refusal refused) {
                forms.refused(refused, problems, locale);
            }
        }
        form.put("username", username);
        model.addAllAttributes(pages.form(username, form, problems, locale));
        return "person-form";
    }

    private PersonRequest request(
            Map<String, String> form, String username, Map<String, String> problems, Locale locale) {
        Language language = forms.choice(Language.class, "language", form.get("language"), problems, locale);
        PersonRole role = forms.choice(PersonRole.class, "role", form.get("role"), problems, locale);
        String phone = RegisterForms.text(form, "phone");
        // No password here: a new person sets their own from the invitation mail.
        PersonRequest request = new PersonRequest(
                username,
                RegisterForms.text(form, "name"),
                RegisterForms.text(form, "email"),
                phone == null || phone.isEmpty() ? null : phone,
                language,
                role,
                RegisterForms.text(form, "unitCode"),
                null);
        forms.check(request).forEach(problems::putIfAbsent);
        return request;
    }
}
