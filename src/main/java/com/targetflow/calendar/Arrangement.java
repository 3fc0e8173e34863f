package com.targetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A year's official arrangement: its holidays and 调休 working days, each with the festival's name.
 * Days a week or less outside the year are kept (a year's 元旦 may start on 31 December).
 */
public record Arrangement(int year, List<Day> days) {

    public record Day(LocalDate date, DayKind kind, String name) {}

    /** A run of consecutive days of one kind and name, as people write them: 2027-10-01..2027-10-07 放假 国庆节. */
    public record Span(LocalDate first, LocalDate last, DayKind kind, String name) {

        public int length() {
            return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        }
    }

    /** One month as the preview shows it. */
    public record Month(YearMonth month, int workingDays, List<Span> holidays, List<Span> workdays) {}

    public Arrangement {
        days = days.stream().sorted(Comparator.comparing(Day::date)).toList();
    }

    public boolean isWorkingDay(LocalDate date) {
        for (Day day : days) {
            if (day.date().equals(date)) {
                return day.kind() == DayKind.WORKDAY;
            }
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        for (Day day : days) {
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null
                    && last.kind() == day.kind()
                    && Objects.equals(last.name(), day.name())
                    && last.last().plusDays(1).equals(day.date())) {
                spans.set(spans.size() - 1, new Span(last.first(), day.date(), day.kind(), day.name()));
            } else {
                spans.add(new Span(day.date(), day.date(), day.kind(), day.name()));
            }
        }
        return spans;
    }

    /** The twelve months of the year: working days counted, holidays and 调休 days listed where they start. */
    public List<Month> months() {
        Map<YearMonth, List<Span>> byMonth = spans().stream()
                .collect(Collectors.groupingBy(s -> YearMonth.from(s.first()), TreeMap::new, Collectors.toList()));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            int working = 0;
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                working += isWorkingDay(d) ? 1 : 0;
            }
            List<Span> spans = byMonth.getOrDefault(month, List.of());
            months.add(new Month(
                    month,
                    working,
                    spans.stream().filter(s -> s.kind() == DayKind.HOLIDAY).toList(),
                    spans.stream().filter(s -> s.kind() == DayKind.WORKDAY).toList()));
        }
        return months;
    }

    public int workingDays() {
        return months().stream().mapToInt(Month::workingDays).sum();
    }

    /** The arrangement as lines of text (one span a line), the form the page edits. */
    public String text(boolean chinese) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans()) {
            text.append(span.first());
            if (!span.last().equals(span.first())) {
                text.append("..").append(span.last());
            }
            text.append(' ')
                    .append(
                            span.kind() == DayKind.HOLIDAY
                                    ? (chinese ? "放假" : "holiday")
                                    : (chinese ? "上班" : "workday"));
            if (span.name() != null && !span.name().isBlank()) {
                text.append(' ').append(span.name());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
