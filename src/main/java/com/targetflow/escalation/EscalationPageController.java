package com.targetflow.escalation;

import com.targetflow.calendar.WorkingDays;
import com.targetflow.domain.Refusal;
import com.targetflow.notification.NotificationProperties;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The late-work pages: open tasks by light (督办一览), and one task's reminders and escalation. */
@Controller
class EscalationPageController {

    private final EscalationViews views;
    private final NotificationProperties links;
    private final DueDateChanges dueDates;
    private final MessageSource messages;
    private final WorkingDays workingDays;

    EscalationPageController(
            EscalationViews views,
            NotificationProperties links,
            DueDateChanges dueDates,
            MessageSource messages,
            WorkingDays workingDays) {
        this.views = views;
        this.links = links;
        this.dueDates = dueDates;
        this.messages = messages;
        this.workingDays = workingDays;
    }

    @GetMapping("/escalations")
    String list(Principal principal, Locale locale, Model model) {
        var shown = views.open(principal, locale);
        model.addAttribute("tasks", shown);
        model.addAttribute(
                "red",
                shown.stream().filter(t -> t.light().name().equals("RED")).count());
        model.addAttribute(
                "yellow",
                shown.stream().filter(t -> t.light().name().equals("YELLOW")).count());
        // Lateness and the ladder's dates in a year without its holiday arrangement skip weekends only: say so.
        model.addAttribute(
                "weekendsOnly",
                shown.stream()
                        .map(t -> t.due() == null || t.due().length() < 4
                                ? null
                                : t.due().substring(0, 4))
                        .filter(y -> y != null && y.chars().allMatch(Character::isDigit))
                        .map(Integer::valueOf)
                        .distinct()
                        .sorted()
                        .filter(y -> !workingDays.knows(y))
                        .map(String::valueOf)
                        .toList());
        return "escalations";
    }

    @GetMapping("/escalations/{taskId}")
    String one(@PathVariable String taskId, Principal principal, Locale locale, Model model) {
        var task = views.one(taskId, principal, locale);
        model.addAttribute("task", task);
        model.addAttribute("taskLink", task.status() == WatchedTask.Status.OPEN ? links.taskLink(taskId) : null);
        model.addAttribute("maxReason", DueDateChanges.MAX_REASON);
        return "escalation";
    }

    /** The managers' form on the task's page: a new due date and the reason for it. */
    @PostMapping("/escalations/{taskId}/due-date")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String changeDueDate(
            @PathVariable String taskId,
            @RequestParam(required = false) String due,
            @RequestParam(required = false) String reason,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            dueDates.change(taskId, due, reason, principal, locale);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("escalation.due.changed", new Object[] {due}, locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/escalations/" + taskId;
    }
}
