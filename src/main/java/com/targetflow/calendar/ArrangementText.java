package com.targetflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an arrangement written one span a line: {@code 2027-10-01..2027-10-07 放假 国庆节} or
 * {@code 2027-09-26 上班 国庆节调休} (English: holiday, workday). Blank lines and lines starting
 * with # are skipped. Every problem is named by its line; the whole is refused if there is one.
 */
final class ArrangementText {

    static final int MAX_NAME = 100;
    /** How far outside its year an arrangement may reach (元旦 may start on 31 December). */
    static final int MARGIN_DAYS = 7;

    private ArrangementText() {}

    /** One span as a source gives it: where it stands, its date or range, the kind's word, the name. */
    record Entry(ArrangementProblems.Place place, String dates, String kind, String name) {}

    static Arrangement read(int year, String text) {
        ArrangementProblems.Collector problems = new ArrangementProblems.Collector();
        List<Entry> entries = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().replace('\u3000', ' ');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 2) {
                problems.add(ArrangementProblems.Place.line(i + 1), "calendar.problem.kind-missing", line);
                continue;
            }
            entries.add(new Entry(
                    ArrangementProblems.Place.line(i + 1), parts[0], parts[1], parts.length > 2 ? parts[2] : null));
        }
        return read(year, entries, problems);
    }

    static Arrangement read(int year, List<Entry> entries, ArrangementProblems.Collector problems) {
        List<Arrangement.Day> days = new ArrayList<>();
        Map<LocalDate, ArrangementProblems.Place> placeOf = new HashMap<>();
        for (Entry entry : entries) {
            ArrangementProblems.Place where = entry.place();
            DayKind kind = entry.kind() == null ? null : kind(entry.kind());
            if (kind == null) {
                problems.add(where, "calendar.problem.kind", entry.kind() == null ? "" : entry.kind());
                continue;
            }
            String name = entry.name() == null ? null : entry.name().strip();
            if (name != null && name.length() > MAX_NAME) {
                problems.add(where, "calendar.problem.name-long", MAX_NAME);
                continue;
            }
            List<LocalDate> dates =
                    dates(entry.dates() == null ? "" : entry.dates().strip(), where, problems);
            for (LocalDate date : dates) {
                if (date.isBefore(LocalDate.of(year, 1, 1).minusDays(MARGIN_DAYS))
                        || date.isAfter(LocalDate.of(year, 12, 31).plusDays(MARGIN_DAYS))) {
                    problems.add(where, "calendar.problem.other-year", date, year);
                    break;
                }
                ArrangementProblems.Place earlier = placeOf.putIfAbsent(date, where);
                if (earlier != null) {
                    problems.add(where, "calendar.problem.twice", date, earlier.number());
                    continue;
                }
                days.add(new Arrangement.Day(date, kind, name == null || name.isBlank() ? null : name));
            }
        }
        if (days.isEmpty() && !problems.any()) {
            problems.add(ArrangementProblems.Place.line(1), "calendar.problem.empty", year);
        }
        problems.check();
        return new Arrangement(year, days);
    }

    /** 放假/休/holiday, or 上班/班/补班/调休上班/workday. */
    static DayKind kind(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "放假", "休", "休息", "假", "holiday", "off" -> DayKind.HOLIDAY;
            // "调休" alone names the exchange, not which side of it a day is on: it is not accepted.
            case "上班", "班", "补班", "调休上班", "workday", "work" -> DayKind.WORKDAY;
            default -> null;
        };
    }

    private static List<LocalDate> dates(
            String text, ArrangementProblems.Place where, ArrangementProblems.Collector problems) {
        String[] ends = text.split("\\.\\.");
        try {
            LocalDate first = LocalDate.parse(ends[0].strip());
            LocalDate last = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : first;
            if (ends.length > 2 || last.isBefore(first)) {
                problems.add(where, "calendar.problem.range", text);
                return List.of();
            }
            if (last.toEpochDay() - first.toEpochDay() > 31) {
                problems.add(where, "calendar.problem.range-long", text);
                return List.of();
            }
            return first.datesUntil(last.plusDays(1)).toList();
        } catch (DateTimeParseException notADate) {
            problems.add(where, "calendar.problem.date", text);
            return List.of();
        }
    }
}
