package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    private final PersonRepository people;
    private final StaffChange staffChange;
    private final MessageSource messages;

    PeoplePageController(PersonRepository people, StaffChange staffChange, MessageSource messages) {
        this.people = people;
        this.staffChange = staffChange;
        this.messages = messages;
    }

    /** Everyone, or those whose name, username or unit holds q; all, active or left ones. */
    @GetMapping("/people")
    @Transactional(readOnly = true)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String state,
            Locale locale,
            Model model) {
        Language language = Language.of(locale);
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute(
                "people",
                people.findAllByOrderByUsername().stream()
                        .filter(p -> !"active".equals(state) || p.isActive())
                        .filter(p -> !"left".equals(state) || !p.isActive())
                        .map(p -> new Row(
                                p.getUsername(),
                                p.getName(),
                                p.getUnit().displayName(language),
                                p.getRole().name(),
                                p.isActive(),
                                p.getSuccessor()))
                        .filter(r -> query.isEmpty()
                                || r.username().toLowerCase(Locale.ROOT).contains(query)
                                || r.name().contains(query)
                                || r.unitName().toLowerCase(Locale.ROOT).contains(query))
                        .toList());
        return "people";
    }

    @GetMapping("/people/{username}/handover")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    String handoverForm(@PathVariable String username, Locale locale, Model model) {
        Person leaver =
                people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
        Language language = Language.of(locale);
        model.addAttribute(
                "leaver",
                new Row(
                        leaver.getUsername(),
                        leaver.getName(),
                        leaver.getUnit().displayName(language),
                        leaver.getRole().name(),
                        leaver.isActive(),
                        leaver.getSuccessor()));
        model.addAttribute(
                "candidates",
                people.findAllByOrderByUsername().stream()
                        .filter(p -> p.isActive() && !p.getUsername().equals(username))
                        .map(p -> new Row(
                                p.getUsername(),
                                p.getName(),
                                p.getUnit().displayName(language),
                                p.getRole().name(),
                                true,
                                null))
                        .toList());
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

    /** A person as the pages list them. */
    record Row(String username, String name, String unitName, String role, boolean active, String successor) {}
}
