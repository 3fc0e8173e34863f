package com.targetflow.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where the year's meetings fall, for a plan issued at the start of its year, in the middle, and too late. */
class MeetingDatesTest {

    @Test
    void aPlanIssuedInJanuaryKeepsTheUsualDates() {
        assertThat(MeetingDates.from(2027, 4, LocalDate.of(2027, 1, 25)))
                .containsExactly(
                        LocalDate.of(2027, 2, 15),
                        LocalDate.of(2027, 5, 15),
                        LocalDate.of(2027, 8, 15),
                        LocalDate.of(2027, 11, 15));
        assertThat(MeetingDates.from(2027, 2, LocalDate.of(2027, 1, 25)))
                .containsExactly(LocalDate.of(2027, 4, 15), LocalDate.of(2027, 10, 15));
    }

    @Test
    void meetingsWhoseDateHasPassedAreSpreadOverWhatIsLeftOfTheYear() {
        // Issued in June: February and May are gone; the four are spread from 1 July to 15 December.
        assertThat(MeetingDates.from(2027, 4, LocalDate.of(2027, 7, 1)))
                .containsExactly(
                        LocalDate.of(2027, 7, 1),
                        LocalDate.of(2027, 8, 25),
                        LocalDate.of(2027, 10, 20),
                        LocalDate.of(2027, 12, 15));
        assertThat(MeetingDates.from(2027, 4, LocalDate.of(2027, 7, 1)))
                .allMatch(d -> !d.isBefore(LocalDate.of(2027, 7, 1)));
    }

    @Test
    void aPlanIssuedInDecemberPlansNoMeetingItCannotHold() {
        assertThat(MeetingDates.from(2026, 4, LocalDate.of(2026, 12, 27))).isEmpty();
        // Five days left: one meeting, not four in a week.
        assertThat(MeetingDates.from(2026, 4, LocalDate.of(2026, 12, 10))).containsExactly(LocalDate.of(2026, 12, 10));
        assertThat(MeetingDates.from(2026, 4, LocalDate.of(2026, 11, 1)))
                .containsExactly(
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 15),
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 15));
    }
}
