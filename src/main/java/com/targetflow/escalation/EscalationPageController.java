package com.targetflow.escalation;

import com.targetflow.notification.NotificationProperties;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The late-work pages: open tasks by light (督办一览), and one task's reminders and escalation. */
@Controller
class EscalationPageController {

    private final EscalationAccess access;
    private final EscalationViews views;
    private final NotificationProperties links;

    EscalationPageController(EscalationAccess access, EscalationViews views, NotificationProperties links) {
        this.access = access;
        this.views = views;
        this.links = links;
    }

    @GetMapping("/escalations")
    @Transactional(readOnly = true)
    String list(Principal principal, Locale locale, Model model) {
        var shown = access.open(principal).stream().map(t -> views.of(t, locale, false)).toList();
        model.addAttribute("tasks", shown);
        model.addAttribute("red", shown.stream().filter(t -> t.light().name().equals("RED")).count());
        model.addAttribute("yellow", shown.stream().filter(t -> t.light().name().equals("YELLOW")).count());
        return "escalations";
    }

    @GetMapping("/escalations/{taskId}")
    @Transactional(readOnly = true)
    String one(@PathVariable String taskId, Principal principal, Locale locale, Model model) {
        var task = views.of(access.task(taskId, principal), locale, true);
        model.addAttribute("task", task);
        model.addAttribute("taskLink", task.status() == WatchedTask.Status.OPEN ? links.taskLink(taskId) : null);
        return "escalation";
    }
}
