package com.targetflow.organisation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the unit pages (单位管理) show, read in one transaction each: the list with its filters, and
 * the form, blank, filled from a unit, or sent back with its problems after the register refused it.
 */
@Service
@Transactional(readOnly = true)
class UnitPages {

    /** A unit as the list shows it. */
    record Row(String code, String name, String kind, String parentName, long people, boolean active) {}

    /** One option of a list: the value sent, the words shown. */
    record Choice(String value, String label) {}

    private final UnitRepository units;
    private final PersonRepository people;
    private final OrganisationRegister register;

    UnitPages(UnitRepository units, PersonRepository people, OrganisationRegister register) {
        this.units = units;
        this.people = people;
        this.register = register;
    }

    Map<String, Object> list(String q, String kind, String state, Locale locale) {
        Language language = Language.of(locale);
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<Long, Long> staff = people.findAllByOrderByUsername().stream()
                .filter(Person::isActive)
                .collect(Collectors.groupingBy(p -> p.getUnit().getId(), Collectors.counting()));
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q.strip());
        model.put("kind", kind == null ? "" : kind);
        model.put("state", state == null ? "" : state);
        model.put("kinds", UnitKind.values());
        model.put(
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
        return model;
    }

    /** The form filled from the unit. */
    Map<String, Object> edit(String code, Locale locale) {
        Unit unit = register.unit(code);
        Map<String, String> values = new HashMap<>();
        values.put("code", unit.getCode());
        values.put("name", unit.getName());
        values.put("nameEn", unit.getNameEn() == null ? "" : unit.getNameEn());
        values.put("kind", unit.getKind().name());
        values.put(
                "parentCode", unit.getParent() == null ? "" : unit.getParent().getCode());
        return form(code, values, Map.of(), locale);
    }

    /** The form with the values given (and their problems): of a new unit when code is null. */
    Map<String, Object> form(String code, Map<String, String> values, Map<String, String> problems, Locale locale) {
        Unit unit = code == null ? null : register.unit(code);
        Language language = Language.of(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit == null ? null : UnitView.of(unit));
        model.put("values", values);
        model.put("problems", problems);
        model.put("kinds", Arrays.asList(UnitKind.values()));
        model.put(
                "parents",
                units.findAllByOrderByCode().stream()
                        .filter(u -> u.isActive()
                                && u.getKind() != UnitKind.COMMUNITY
                                && (unit == null || !u.getCode().equals(unit.getCode())))
                        .map(u -> new Choice(u.getCode(), u.getCode() + " " + u.displayName(language)))
                        .toList());
        if (unit != null) {
            model.put(
                    "staff",
                    people.findByUnitOrderByUsername(unit).stream()
                            .map(p -> new Choice(p.getUsername(), p.getName()))
                            .toList());
        }
        return model;
    }
}
