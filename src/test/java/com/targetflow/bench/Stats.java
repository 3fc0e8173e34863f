package com.targetflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians, spreads and percentiles of repeated measurements. */
public final class Stats {

    private Stats() {}

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile (p in 0–100) of a non-empty list; the list is not changed. */
    public static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** "12.3 (11.9–13.0)": the median and the range of the runs. */
    static String spread(List<Double> values, String format) {
        return String.format(format, median(values)) + " (" + String.format(format, Collections.min(values)) + "–"
                + String.format(format, Collections.max(values)) + ")";
    }
}
