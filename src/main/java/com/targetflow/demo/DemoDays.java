package com.targetflow.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.calendar.DistrictZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The demo's days and people: moving the engine's clock (ClockUtil: the engine has no public way to set
 * its time), counting working days, the demo's usernames, and the rows a form shows in a task variable.
 */
final class DemoDays {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoDays() {}

    static void moveTo(LocalDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.atZone(DistrictZone.ZONE).toInstant()));
    }

    /** The day n working days (Monday to Friday) after a day; 0: the day itself, or the next working day. */
    static LocalDate workingDays(LocalDate from, int n) {
        LocalDate day = from;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    static String secretary(int unit) {
        return "street%02d".formatted(unit);
    }

    static int unitNumber(String username) {
        String digits = username == null ? "" : username.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(2, digits.length())));
    }

    static List<Map<String, Object>> rows(Object variable) {
        try {
            return JSON.readValue(variable.toString(), new TypeReference<List<Map<String, Object>>>() {});
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable form rows", e);
        }
    }
}
