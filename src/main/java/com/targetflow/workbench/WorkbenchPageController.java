package com.targetflow.workbench;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.setup.FirstRunGuide;
import com.targetflow.targets.EvidenceFiles;
import com.targetflow.targets.EvidenceService;
import com.targetflow.targets.WarningLight;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workbench (工作台), everyone's home page: my to-dos, what is due this week, returned work,
 * what I did; and one task's page with its form, evidence, comments and story.
 */
@Controller
class WorkbenchPageController {

    private final WorkbenchTasks workbench;
    private final TaskStory story;
    private final WorkbenchActions actions;
    private final People people;
    private final MessageSource messages;
    private final FirstRunGuide firstRun;
    private final ReviewEvidencePanel reviewEvidence;

    WorkbenchPageController(
            WorkbenchTasks workbench,
            TaskStory story,
            WorkbenchActions actions,
            People people,
            MessageSource messages,
            FirstRunGuide firstRun,
            ReviewEvidencePanel reviewEvidence) {
        this.reviewEvidence = reviewEvidence;
        this.workbench = workbench;
        this.story = story;
        this.actions = actions;
        this.people = people;
        this.messages = messages;
        this.firstRun = firstRun;
    }

    // No transaction around the page: the list's small reads each have their own (see WorkbenchTasks.open).
    @GetMapping("/")
    String home(Authentication user, Locale locale, Model model) {
        // An administrator of a new installation is taken to the guide until the first plan is issued.
        boolean admin =
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (admin && !firstRun.finished()) {
            return "redirect:/setup";
        }
        return workbench(user, locale, model);
    }

    @GetMapping("/workbench")
    String workbench(Authentication user, Locale locale, Model model) {
        List<TaskCard> open = workbench.open(user, locale);
        model.addAttribute("open", open);
        model.addAttribute(
                "thisWeek", open.stream().filter(TaskCard::dueThisWeek).toList());
        model.addAttribute("returned", open.stream().filter(TaskCard::returned).toList());
        model.addAttribute(
                "overdue",
                open.stream()
                        .filter(c -> c.light() != null && c.light() != WarningLight.GREEN)
                        .count());
        model.addAttribute("done", workbench.done(user, locale));
        // The person comes with their unit (People reads both at once): no transaction needed here.
        people.findByUsername(user.getName()).ifPresent(me -> {
            model.addAttribute("person", me);
            model.addAttribute("unitName", me.getUnit().displayName(Language.of(locale)));
        });
        model.addAttribute("username", user.getName());
        return "workbench";
    }

    // No transaction around the page: a task that is gone is refused inside the query's own, and the
    // refusal becomes a notice on the workbench (an outer transaction would be marked rollback-only).
    @GetMapping("/workbench/tasks/{taskId}")
    String task(
            @PathVariable String taskId, Authentication user, Locale locale, Model model, RedirectAttributes redirect) {
        TaskCard card;
        try {
            card = workbench.one(taskId, user, locale);
        } catch (Refusal e) {
            if (e.kind() != Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.getMessage("workbench.task.gone", null, locale));
            return "redirect:/";
        }
        model.addAttribute("task", card);
        model.addAttribute("story", story.of(taskId, user, locale));
        model.addAttribute("takesEvidence", EvidenceService.takesEvidence(card.key()));
        // A review shows the files under review beside its form (an evidence page would leave the form).
        if (EvidenceFiles.reviewsEvidence(card.key())) {
            String wholeReport = messages.getMessage("workbench.review-evidence.whole", null, locale);
            model.addAttribute(
                    "reviewEvidence", reviewEvidence.of(taskId, card.key(), user, Language.of(locale), wholeReport));
        }
        model.addAttribute("shared", actions.shared(taskId));
        model.addAttribute("maxComment", WorkbenchActions.MAX_COMMENT);
        return "workbench-task";
    }

    @PostMapping("/workbench/tasks/{taskId}/comments")
    String comment(
            @PathVariable String taskId,
            @RequestParam(defaultValue = "") String message,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect) {
        act(() -> actions.comment(taskId, message, user), "workbench.comment.saved", locale, redirect);
        return "redirect:/workbench/tasks/" + taskId;
    }

    @PostMapping("/workbench/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication user, Locale locale, RedirectAttributes redirect) {
        act(() -> actions.claim(taskId, user), "workbench.claimed", locale, redirect);
        return "redirect:/workbench/tasks/" + taskId;
    }

    @PostMapping("/workbench/tasks/{taskId}/release")
    String release(@PathVariable String taskId, Authentication user, Locale locale, RedirectAttributes redirect) {
        act(() -> actions.release(taskId, user), "workbench.released", locale, redirect);
        return "redirect:/workbench/tasks/" + taskId;
    }

    /** Runs a page action; a refusal comes back to the page as its message, not as an error page. */
    private void act(Runnable action, String doneKey, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            redirect.addFlashAttribute("error", messages.getMessage("workbench.task.changed", null, locale));
        }
    }
}
