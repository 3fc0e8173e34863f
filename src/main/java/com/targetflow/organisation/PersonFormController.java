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
 * One person of the register on a page, for administrators: add them (they get an invitation to set
 * their own password; nobody types one for them), change their details. Someone who leaves is handled
 * by 人员变动, which hands their work over before they are deactivated.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PersonFormController {

    private final PersonRepository people;
    private final UnitRepository units;
    private final OrganisationRegister register;
    private final RegisterForms forms;
    private final MessageSource messages;
    /** A form sent back with its problems is shown again after the register's transaction has ended. */
    private final TransactionTemplate readOnly;

    PersonFormController(
            PersonRepository people,
            UnitRepository units,
            OrganisationRegister register,
            RegisterForms forms,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.people = people;
        this.units = units;
        this.register = register;
        this.forms = forms;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/people/new")
    @Transactional(readOnly = true)
    String blank(@RequestParam(required = false) String unit, Locale locale, Model model) {
        Map<String, String> values =
                new HashMap<>(Map.of("role", PersonRole.SECRETARY_GENERAL.name(), "language", Language.ZH.name()));
        if (unit != null) {
            values.put("unitCode", unit);
        }
        return form(null, values, Map.of(), locale, model);
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
        return readOnly.execute(status -> form(null, form, problems, locale, model));
    }

    @GetMapping("/people/{username}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable String username, Locale locale, Model model) {
        Person person = person(username);
        Map<String, String> values = new HashMap<>();
        values.put("username", person.getUsername());
        values.put("name", person.getName());
        values.put("unitCode", person.getUnit().getCode());
        values.put("role", person.getRole().name());
        values.put("phone", person.getPhone() == null ? "" : person.getPhone());
        values.put("email", person.getEmail());
        values.put("language", person.getLanguage().name());
        values.put("digest", person.getDigest().name());
        return form(person, values, Map.of(), locale, model);
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
        return readOnly.execute(status -> form(person(username), form, problems, locale, model));
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
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

    private String form(
            Person person, Map<String, String> values, Map<String, String> problems, Locale locale, Model model) {
        Language language = Language.of(locale);
        model.addAttribute("person", person == null ? null : PersonView.of(person));
        model.addAttribute("active", person == null || person.isActive());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", Arrays.asList(PersonRole.values()));
        model.addAttribute("languages", Arrays.asList(Language.values()));
        model.addAttribute("digests", Arrays.asList(DigestFrequency.values()));
        model.addAttribute(
                "units",
                units.findAllByOrderByCode().stream()
                        .filter(u -> u.isActive()
                                || (person != null
                                        && u.getId().equals(person.getUnit().getId())))
                        .map(u ->
                                new UnitPageController.Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        return "person-form";
    }
}
