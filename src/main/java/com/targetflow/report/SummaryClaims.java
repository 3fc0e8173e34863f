package com.targetflow.report;

import com.targetflow.targets.TargetProgress;
import com.targetflow.targets.WarningLight;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the year's data allows the work summary to claim, decided here and nowhere else:
 * <ul>
 * <li>"全面完成" only when the year has targets and every one has an approved value at or above its
 * quota; otherwise how many were met, missed and not reported, each missed one with its figures;</li>
 * <li>a zero is never an achievement: a sentence whose figure is 0 states the figure plainly and
 * points to 存在问题;</li>
 * <li>a heading asserts nothing that the data does not show;</li>
 * <li>存在问题 lists the missed and unreported targets (red lights marked), the facilities that failed
 * an inspection and the work the district had to supervise (督办); 下一年工作打算 prompts the
 * writer once per problem.</li>
 * </ul>
 */
record SummaryClaims(
        List<TargetProgress> targets, long facilitiesNotPassed, List<String> stillNotPassed, long supervised) {

    static boolean met(TargetProgress target) {
        return target.approvedValue() != null && target.approvedValue().compareTo(target.quota()) >= 0;
    }

    boolean everyTargetMet() {
        return !targets.isEmpty() && targets.stream().allMatch(SummaryClaims::met);
    }

    long metCount() {
        return targets.stream().filter(SummaryClaims::met).count();
    }

    /** Reported and approved, below the quota. */
    List<TargetProgress> missed() {
        return targets.stream()
                .filter(t -> t.approvedValue() != null && !met(t))
                .toList();
    }

    /** No approved value all year: neither met nor missed, and said so. */
    List<TargetProgress> unreported() {
        return targets.stream().filter(t -> t.approvedValue() == null).toList();
    }

    static boolean red(TargetProgress target) {
        return target.light() == WarningLight.RED;
    }

    static BigDecimal gap(TargetProgress target) {
        return plain(target.quota().subtract(target.approvedValue()));
    }

    boolean anyProblem() {
        return !missed().isEmpty() || !unreported().isEmpty() || facilitiesNotPassed > 0 || supervised > 0;
    }

    /** A figure written as a figure (4, not 4.00). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal p = value.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** "0", "0.0", "0%": a figure that no sentence may present as something done. */
    static boolean zero(String figure) {
        if (figure == null) {
            return false;
        }
        try {
            return new BigDecimal(figure.replace("%", "").strip()).signum() == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
