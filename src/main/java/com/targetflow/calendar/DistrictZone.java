package com.targetflow.calendar;

import java.time.ZoneId;

/**
 * The district's time zone, in which its days begin and end: due dates, working days, a year's
 * bounds, a meeting's hour. Written once here; every feature reads it from here.
 */
public final class DistrictZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DistrictZone() {}
}
