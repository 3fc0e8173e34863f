package com.targetflow.targets;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A process that counts an indicator by itself (meetings held, inspections passed). Progress asks
 * the feeds for a target whose indicator is not reported by its unit.
 */
public interface IndicatorFeed {

    /** The value reached for the indicator in the year, or empty if this feed does not count it. */
    Optional<BigDecimal> valueOf(String indicatorCode, String unitCode, int year);
}
