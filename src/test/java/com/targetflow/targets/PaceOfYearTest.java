package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Warning lights against the pace of the year, at each threshold's boundary. */
class PaceOfYearTest {

    private final PaceOfYear pace = new PaceOfYear(new PaceOfYear.Thresholds(null, null), Clock.systemUTC());

    /** Due 31 December 2027 with a quota of 100; on 1 July (181 of 364 days) 49.7253 is expected. */
    @ParameterizedTest(name = "{0} reached → {1}")
    @CsvSource({
        "49.73, GREEN", // 100.01% of the pace
        "47.24, GREEN", // 95.00%
        "47.23, YELLOW", // 94.98%
        "42.27, YELLOW", // 85.01%
        "42.26, RED", // 84.99%
        "0, RED"
    })
    void countsAndRatesAreJudgedAgainstTheShareOfTheYearElapsed(BigDecimal reached, WarningLight light) {
        assertThat(pace.light(
                        IndicatorKind.COUNT,
                        BigDecimal.valueOf(100),
                        LocalDate.of(2027, 12, 31),
                        reached,
                        LocalDate.of(2027, 7, 1)))
                .isEqualTo(light);
    }

    @Test
    void theExpectedValueGrowsFromNothingOnNewYearsDayToTheQuotaOnTheDueDate() {
        LocalDate due = LocalDate.of(2027, 10, 31);
        assertThat(PaceOfYear.expected(BigDecimal.valueOf(4), due, LocalDate.of(2027, 1, 1)))
                .isEqualByComparingTo("0");
        assertThat(PaceOfYear.expected(BigDecimal.valueOf(4), due, due)).isEqualByComparingTo("4");
        assertThat(PaceOfYear.expected(BigDecimal.valueOf(4), due, LocalDate.of(2027, 12, 1)))
                .isEqualByComparingTo("4");
        assertThat(pace.light(IndicatorKind.COUNT, BigDecimal.valueOf(4), due, null, LocalDate.of(2027, 1, 1)))
                .isEqualTo(WarningLight.GREEN);
        assertThat(pace.light(
                        IndicatorKind.COUNT,
                        BigDecimal.valueOf(4),
                        due,
                        BigDecimal.valueOf(3),
                        LocalDate.of(2027, 11, 1)))
                .isEqualTo(WarningLight.RED);
    }

    @Test
    void aMilestoneIsJudgedByItsDueDateOnly() {
        LocalDate due = LocalDate.of(2027, 8, 31);
        assertThat(pace.light(IndicatorKind.MILESTONE, BigDecimal.ONE, due, null, LocalDate.of(2027, 8, 31)))
                .isEqualTo(WarningLight.GREEN);
        assertThat(pace.light(IndicatorKind.MILESTONE, BigDecimal.ONE, due, null, LocalDate.of(2027, 9, 1)))
                .isEqualTo(WarningLight.RED);
        assertThat(pace.light(IndicatorKind.MILESTONE, BigDecimal.ONE, due, BigDecimal.ONE, LocalDate.of(2027, 9, 1)))
                .isEqualTo(WarningLight.GREEN);
    }

    @Test
    void thresholdsAreConfigurable() {
        PaceOfYear strict = new PaceOfYear(
                new PaceOfYear.Thresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(90)), Clock.systemUTC());
        assertThat(strict.light(
                        IndicatorKind.COUNT,
                        BigDecimal.valueOf(100),
                        LocalDate.of(2027, 12, 31),
                        BigDecimal.valueOf(47.24),
                        LocalDate.of(2027, 7, 1)))
                .isEqualTo(WarningLight.YELLOW);
    }
}
