package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import com.targetflow.web.SignedIn;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page on which a unit attaches its evidence while its 进展填报 task is open (Tasklist's form
 * cannot pick files), and the page on which reviewers look at a report's evidence.
 */
@Controller
class EvidencePageController {

    private final EvidenceService evidence;
    private final EvidenceFiles files;
    private final UnitFormRows unitTargets;
    private final Viewer viewer;
    private final MessageSource messages;

    EvidencePageController(
            EvidenceService evidence,
            EvidenceFiles files,
            UnitFormRows unitTargets,
            Viewer viewer,
            MessageSource messages) {
        this.evidence = evidence;
        this.files = files;
        this.unitTargets = unitTargets;
        this.viewer = viewer;
        this.messages = messages;
    }

    @GetMapping("/evidence/tasks/{taskId}")
    String taskPage(@PathVariable String taskId, Authentication user, Locale locale, Model model) {
        EvidenceService.Round round = evidence.roundOfTask(taskId, user.getName(), SignedIn.groupIds(user));
        model.addAttribute("round", round);
        model.addAttribute("unitName", round.unit().displayName(Language.of(locale)));
        model.addAttribute("files", evidence.of(round));
        model.addAttribute(
                "targets",
                round.standalone()
                        ? List.of()
                        : unitTargets.targetRows(
                                round.plan().getId(), round.unit().getCode(), Language.of(locale)));
        model.addAttribute("editable", true);
        return "evidence";
    }

    @PostMapping("/evidence/tasks/{taskId}")
    String upload(
            @PathVariable String taskId,
            @RequestParam("file") MultipartFile[] files,
            @RequestParam(required = false) String indicatorCode,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        EvidenceService.Round round = evidence.roundToWorkOn(taskId, user.getName(), SignedIn.groupIds(user));
        int added = 0;
        for (MultipartFile file : files) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                evidence.attach(round, file.getOriginalFilename(), file.getBytes(), indicatorCode, user.getName());
                added++;
            } catch (Refusal refused) {
                redirect.addFlashAttribute(
                        "error",
                        file.getOriginalFilename() + ": "
                                + messages.getMessage(refused.messageKey(), refused.args(), locale));
                break;
            }
        }
        if (added > 0) {
            redirect.addFlashAttribute("notice", messages.getMessage("evidence.added", new Object[] {added}, locale));
        }
        return "redirect:/evidence/tasks/" + taskId;
    }

    @PostMapping("/evidence/tasks/{taskId}/{evidenceId}/delete")
    String remove(
            @PathVariable String taskId,
            @PathVariable long evidenceId,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect) {
        evidence.remove(evidence.roundToWorkOn(taskId, user.getName(), SignedIn.groupIds(user)), evidenceId);
        redirect.addFlashAttribute("notice", messages.getMessage("evidence.removed", null, locale));
        return "redirect:/evidence/tasks/" + taskId;
    }

    @GetMapping("/evidence/action-items/{actionItemId}")
    String actionItemPage(@PathVariable long actionItemId, Principal principal, Model model) {
        model.addAttribute("files", files.ofActionItem(actionItemId, viewer.visibleUnits(principal)));
        model.addAttribute("editable", false);
        return "evidence";
    }

    @GetMapping("/evidence/reports/{reportId}")
    String reportPage(
            @PathVariable long reportId,
            @RequestParam(required = false) String task,
            Principal principal,
            Locale locale,
            Model model) {
        EvidenceFiles.ReportHeading heading =
                files.headingOfReport(reportId, viewer.visibleUnits(principal), Language.of(locale));
        model.addAttribute("files", files.ofReport(reportId, viewer.visibleUnits(principal)));
        model.addAttribute(
                "reportOf",
                messages.getMessage(
                        "evidence.lead",
                        new Object[] {heading.unitName(), String.valueOf(heading.year()), heading.round()},
                        locale));
        // Opened from the review in Tasklist: a way back to it (task ids are letters, digits and dashes).
        model.addAttribute("backToTask", task != null && task.matches("[A-Za-z0-9-]{1,64}") ? task : null);
        model.addAttribute("editable", false);
        return "evidence";
    }
}
