package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people pages (人员管理) show, read in one transaction each: the list with its filters, the
 * staff-change form, and the person form, blank, filled from a person, or sent back with its problems.
 */
@Service
@Transactional(readOnly = true)
class PeoplePages {

    /** A person as the pages list them. */
    record Row(String username, String name, String unitName, String role, boolean active, String successor) {}

    private final PersonRepository people;
    private final UnitRepository units;

    PeoplePages(PersonRepository people, UnitRepository units) {
        this.people = people;
        this.units = units;
    }

    /** Everyone, or those whose name, username or unit holds q; all, active or left ones. */
    Map<String, Object> list(String q, String state, Locale locale) {
        Language language = Language.of(locale);
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q.strip());
        model.put("state", state == null ? "" : state);
        model.put(
                "people",
                people.findAllByOrderByUsername().stream()
                        .filter(p -> !"active".equals(state) || p.isActive())
                        .filter(p -> !"left".equals(state) || !p.isActive())
                        .map(p -> row(p, language, p.isActive(), p.getSuccessor()))
                        .filter(r -> query.isEmpty()
                                || r.username().toLowerCase(Locale.ROOT).contains(query)
                                || r.name().contains(query)
                                || r.unitName().toLowerCase(Locale.ROOT).contains(query))
                        .toList());
        return model;
    }

    /** The leaver and whom their work may go to: every other active person. */
    Map<String, Object> handover(String username, Locale locale) {
        Person leaver = person(username);
        Language language = Language.of(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("leaver", row(leaver, language, leaver.isActive(), leaver.getSuccessor()));
        model.put(
                "candidates",
                people.findAllByOrderByUsername().stream()
                        .filter(p -> p.isActive() && !p.getUsername().equals(username))
                        .map(p -> row(p, language, true, null))
                        .toList());
        return model;
    }

    /** The person form filled from the person. */
    Map<String, Object> edit(String username, Locale locale) {
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
        return form(username, values, Map.of(), locale);
    }

    /** The person form with the values given (and their problems): of a new person when username is null. */
    Map<String, Object> form(String username, Map<String, String> values, Map<String, String> problems, Locale locale) {
        Person person = username == null ? null : person(username);
        Language language = Language.of(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("person", person == null ? null : PersonView.of(person));
        model.put("active", person == null || person.isActive());
        model.put("values", values);
        model.put("problems", problems);
        model.put("roles", Arrays.asList(PersonRole.values()));
        model.put("languages", Arrays.asList(Language.values()));
        model.put("digests", Arrays.asList(DigestFrequency.values()));
        model.put(
                "units",
                units.findAllByOrderByCode().stream()
                        .filter(u -> u.isActive()
                                || (person != null
                                        && u.getId().equals(person.getUnit().getId())))
                        .map(u -> new UnitPages.Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        return model;
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
    }

    private static Row row(Person p, Language language, boolean active, String successor) {
        return new Row(
                p.getUsername(),
                p.getName(),
                p.getUnit().displayName(language),
                p.getRole().name(),
                active,
                successor);
    }
}
