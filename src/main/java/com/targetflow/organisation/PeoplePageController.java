package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
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

/** 人员: the register's people for the district (managers read), and 人员变动 for administrators. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class PeoplePageController {

    private final PeoplePages pages;
    private final StaffChange staffChange;
    private final MessageSource messages;

    PeoplePageController(PeoplePages pages, StaffChange staffChange, MessageSource messages) {
        this.pages = pages;
        this.staffChange = staffChange;
        this.messages = messages;
    }

    /** Everyone, or those whose name, username or unit holds q; all, active or left ones. */
    @GetMapping("/people")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String state,
            Locale locale,
            Model model) {
        model.addAllAttributes(pages.list(q, state, locale));
        return "people";
    }

    @GetMapping("/people/{username}/handover")
    @PreAuthorize("hasRole('ADMIN')")
    String handoverForm(@PathVariable String username, Locale locale, Model model) {
        model.addAllAttributes(pages.handover(username, locale));
        return "people-handover";
    }

    @PostMapping("/people/{username}/handover")
    @PreAuthorize("hasRole('ADMIN')")
    String handOver(
            @PathVariable String username,
            @RequestParam(required = false) String successor,
            Principal me,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            StaffChange.HandedOver done = staffChange.handOver(username, successor, me.getName());
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "people.handover.done",
                            new Object[] {
                                done.leaver(),
                                done.successor(),
                                String.valueOf(done.moved().size())
                            },
                            locale));
            return "redirect:/people";
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
            return "redirect:/people/" + username + "/handover";
        }
    }
}
