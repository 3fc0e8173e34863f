package com.targetflow.meetings;

import com.targetflow.organisation.Language;
import java.security.Principal;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The meeting pages: the year's meetings with status, replies and attendance; one meeting in full. */
@Controller
class MeetingPageController {

    private final MeetingViews views;
    private final MeetingService meetings;
    private final Clock clock;

    MeetingPageController(MeetingViews views, MeetingService meetings, Clock clock) {
        this.views = views;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) Integer year, Principal principal, Locale locale, Model model) {
        int shown = year != null ? year : Year.now(clock).getValue();
        model.addAttribute("year", shown);
        model.addAttribute("meetings", views.ofYear(shown, principal, Language.of(locale)));
        Map<String, Long> held = new TreeMap<>();
        for (MeetingType type : MeetingType.values()) {
            held.put(type.indicatorCode(), meetings.held(shown, type));
        }
        model.addAttribute("held", held);
        return "meetings";
    }

    @GetMapping("/meetings/{id}")
    String one(@PathVariable long id, Principal principal, Locale locale, Model model) {
        model.addAttribute("m", views.one(id, principal, Language.of(locale)));
        model.addAttribute("mailboxAnswers", views.mailboxAnswers(id, principal));
        return "meeting";
    }
}
