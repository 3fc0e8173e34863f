package com.targetflow.calendar;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * From 1 November, while next year has no holiday arrangement, every page tells administrators and
 * managers (the page header shows it, linking to the year's calendar page).
 */
@ControllerAdvice
class CalendarNotice {

    private final CalendarYears calendar;

    CalendarNotice(CalendarYears calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute("calendarNotice")
    Integer calendarNotice(Authentication me) {
        if (me == null
                || me.getAuthorities().stream()
                        .noneMatch(a -> a.getAuthority().equals("ROLE_MANAGER")
                                || a.getAuthority().equals("ROLE_ADMIN"))) {
            return null;
        }
        return calendar.missingNextYear().orElse(null);
    }
}
