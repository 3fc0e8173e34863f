package com.targetflow.meetings;

import com.targetflow.organisation.Language;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Meetings: the year's list, one meeting, attendance per unit; managers start, move and cancel meetings. */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final MeetingActions meetings;
    private final MeetingViews views;
    private final Clock clock;

    MeetingController(MeetingActions meetings, MeetingViews views, Clock clock) {
        this.meetings = meetings;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping
    List<MeetingView> list(@RequestParam(required = false) Integer year, Principal principal, Locale locale) {
        return views.ofYear(year != null ? year : Year.now(clock).getValue(), principal, Language.of(locale));
    }

    @GetMapping("/{id}")
    MeetingView one(@PathVariable long id, Principal principal, Locale locale) {
        return views.one(id, principal, Language.of(locale));
    }

    @GetMapping("/attendance")
    List<Map<String, Object>> attendance(
            @RequestParam(required = false) Integer year, Principal principal, Locale locale) {
        return views.attendance(year != null ? year : Year.now(clock).getValue(), principal, Language.of(locale));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    MeetingView start(@Valid @RequestBody MeetingRequests.NewMeeting request, Principal principal, Locale locale) {
        return meetings.start(request.type(), request.date(), principal, Language.of(locale));
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    MeetingView reschedule(
            @PathVariable long id,
            @Valid @RequestBody MeetingRequests.Reschedule request,
            Principal principal,
            Locale locale) {
        return meetings.reschedule(
                id, request.date(), request.start(), request.end(), request.place(), principal, Language.of(locale));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    MeetingView cancel(
            @PathVariable long id, @RequestBody MeetingRequests.Cancel request, Principal principal, Locale locale) {
        return meetings.cancel(id, request.reason(), principal, Language.of(locale));
    }
}
