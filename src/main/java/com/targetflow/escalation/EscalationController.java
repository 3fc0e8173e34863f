package com.targetflow.escalation;

import com.targetflow.targets.WarningLight;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Late work in the API: open tasks with their lights, and one task's ladder step by step. */
@RestController
class EscalationController {

    private final EscalationViews views;
    private final DueDateChanges dueDates;

    EscalationController(EscalationViews views, DueDateChanges dueDates) {
        this.views = views;
        this.dueDates = dueDates;
    }

    /** The open tasks the caller may see, soonest due first; ?light=RED for the escalated ones only. */
    @GetMapping("/api/escalations")
    List<EscalationViews.TaskView> open(
            @RequestParam(required = false) WarningLight light, Principal principal, Locale locale) {
        return views.open(principal, locale).stream()
                .filter(t -> light == null || t.light() == light)
                .toList();
    }

    @GetMapping("/api/tasks/{taskId}/escalation")
    EscalationViews.TaskView one(@PathVariable String taskId, Principal principal, Locale locale) {
        return views.one(taskId, principal, locale);
    }

    /** A manager moves the task's due date and says why: {"due": "2027-03-31", "reason": "…"}. */
    @PostMapping("/api/tasks/{taskId}/due-date")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    EscalationViews.TaskView changeDueDate(
            @PathVariable String taskId, @RequestBody DueDateRequest change, Principal principal, Locale locale) {
        return dueDates.change(taskId, change.due(), change.reason(), principal, locale);
    }

    /** What a due-date change sends. */
    record DueDateRequest(String due, String reason) {}
}
