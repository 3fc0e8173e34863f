package com.targetflow.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Warning lights against the pace of the year. What a target should have reached today is its
 * quota times the share of the way from the start of its year to its due date (all of it from the
 * due date on). Green when the approved value is at least 95% of that, yellow from 85%, red below
 * (targetflow.lights.green / .yellow). A milestone is judged by its due date only: green until
 * then, and after it green if reached, red if not.
 */
@Component
@EnableConfigurationProperties(PaceOfYear.Thresholds.class)
public class PaceOfYear {

    @ConfigurationProperties("targetflow.lights")
    public record Thresholds(BigDecimal green, BigDecimal yellow) {

        public Thresholds {
            green = green == null ? BigDecimal.valueOf(95) : green;
            yellow = yellow == null ? BigDecimal.valueOf(85) : yellow;
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Thresholds thresholds;
    private final Clock clock;

    PaceOfYear(Thresholds thresholds, Clock clock) {
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public WarningLight light(IndicatorKind kind, BigDecimal quota, LocalDate dueDate, BigDecimal approved) {
        return light(kind, quota, dueDate, approved, LocalDate.now(clock));
    }

    WarningLight light(IndicatorKind kind, BigDecimal quota, LocalDate dueDate, BigDecimal approved, LocalDate today) {
        BigDecimal value = approved == null ? BigDecimal.ZERO : approved;
        if (kind == IndicatorKind.MILESTONE) {
            return today.isAfter(dueDate) && value.compareTo(quota) < 0 ? WarningLight.RED : WarningLight.GREEN;
        }
        BigDecimal expected = expected(quota, dueDate, today);
        if (expected.signum() == 0) {
            return WarningLight.GREEN;
        }
        BigDecimal percent = value.multiply(HUNDRED).divide(expected, 2, RoundingMode.HALF_UP);
        if (percent.compareTo(thresholds.green()) >= 0) {
            return WarningLight.GREEN;
        }
        return percent.compareTo(thresholds.yellow()) >= 0 ? WarningLight.YELLOW : WarningLight.RED;
    }

    /** The quota times the share of the way from 1 January of the due date's year to the due date. */
    static BigDecimal expected(BigDecimal quota, LocalDate dueDate, LocalDate today) {
        LocalDate start = dueDate.withDayOfYear(1);
        if (!today.isBefore(dueDate)) {
            return quota;
        }
        if (!today.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        long span = ChronoUnit.DAYS.between(start, dueDate);
        long elapsed = ChronoUnit.DAYS.between(start, today);
        return quota.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(span), 4, RoundingMode.HALF_UP);
    }
}
