package com.targetflow.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The register's workbook (组织机构): three sheets — units (with communities), people, facilities —
 * their columns in order with the message key of each heading, and the words that stand for a kind,
 * a role, a language or a status (the label in either language, or the code's own name).
 */
final class RegisterSheets {

    static final String UNITS = "register.sheet.units";
    static final String PEOPLE = "register.sheet.people";
    static final String FACILITIES = "register.sheet.facilities";

    static final List<String> UNIT_COLUMNS = List.of(
            "register.unit.code",
            "register.unit.name",
            "register.unit.name-en",
            "register.unit.kind",
            "register.unit.parent");
    static final List<String> PERSON_COLUMNS = List.of(
            "register.person.username",
            "register.person.name",
            "register.person.unit",
            "register.person.role",
            "register.person.phone",
            "register.person.email",
            "register.person.language",
            "register.person.active");
    static final List<String> FACILITY_COLUMNS = List.of(
            "register.facility.code",
            "register.facility.name",
            "register.facility.kind",
            "register.facility.owner",
            "register.facility.community",
            "register.facility.address",
            "register.facility.since",
            "register.facility.status");

    private RegisterSheets() {}

    /** The labels a drop-down offers for an enum: its message key prefix + the constant's name. */
    static <E extends Enum<E>> List<String> labels(
            Class<E> type, String prefix, MessageSource messages, Locale locale) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> messages.getMessage(prefix + e.name(), null, e.name(), locale))
                .toList();
    }

    /** The constant a cell names: its label in Chinese or English, or its own name. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String prefix, String text, MessageSource messages) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(given)
                    || messages.getMessage(prefix + e.name(), null, e.name(), Locale.SIMPLIFIED_CHINESE)
                            .equals(given)
                    || messages.getMessage(prefix + e.name(), null, e.name(), Locale.ENGLISH)
                            .equalsIgnoreCase(given)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
