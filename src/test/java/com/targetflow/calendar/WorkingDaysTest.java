package com.targetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Working days by the calendar shipped in application.yml (2026), and a calendar's mistakes refused by name. */
class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(shippedCalendar());

    @Test
    void weekendsAndHolidaysAreDaysOffAndExchangedWeekendsAreWorked() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 30))).isTrue(); // Wednesday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // National Day
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday worked in exchange
        assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue(); // Sunday worked in exchange
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse(); // Spring Festival
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // an ordinary Saturday
        assertThat(days.knows(2026)).isTrue();
        assertThat(days.knows(2027)).isFalse();
    }

    @Test
    void aDueDateInTheNationalDayHolidayMovesPastIt() {
        assertThat(days.onOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.onOrAfter(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.onOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void leadTimesCountWorkingDaysOnly() {
        assertThat(days.before(LocalDate.of(2026, 10, 8), 3)).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(days.after(LocalDate.of(2026, 10, 8), 3)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(days.after(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.after(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(days.between(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
                .isEqualTo(4);
        assertThat(days.between(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 30)))
                .isEqualTo(-4);
        // A year without its arrangement counts Monday to Friday.
        assertThat(days.after(LocalDate.of(2031, 1, 3), 1)).isEqualTo(LocalDate.of(2031, 1, 6));
    }

    @Test
    void aCalendarWithAMistakeIsRefusedNamingIt() {
        assertThatThrownBy(() -> new WorkingDays(calendar(2026, List.of("2026-13-01"), List.of())))
                .hasMessageContaining("targetflow.calendar.years.2026.holidays")
                .hasMessageContaining("2026-13-01");
        assertThatThrownBy(() -> new WorkingDays(calendar(2026, List.of("2027-01-01"), List.of())))
                .hasMessageContaining("2027-01-01 is not in 2026");
        assertThatThrownBy(() -> new WorkingDays(calendar(2026, List.of("2026-10-07..2026-10-01"), List.of())))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> new WorkingDays(calendar(2026, List.of("2026-10-10"), List.of("2026-10-10"))))
                .hasMessageContaining("2026-10-10")
                .hasMessageContaining("both");
    }

    private static WorkingDaysProperties calendar(int year, List<String> holidays, List<String> workdays) {
        return new WorkingDaysProperties(Map.of(year, new WorkingDaysProperties.Year(holidays, workdays)));
    }

    private static WorkingDaysProperties shippedCalendar() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader()
                    .load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment)
                    .bind("targetflow.calendar", WorkingDaysProperties.class)
                    .get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
