package com.targetflow.web;

import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import java.security.Principal;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and my account page (who I am, my digest mail); the home page is the workbench. */
@Controller
class PageController {

    private final People people;
    private final int loginMaxAttempts;

    // Read from the engine's setting as configured (Camunda's default is 10), not from its internal
    // configuration class: the public API has no getter for it.
    PageController(
            People people,
            @Value("${camunda.bpm.generic-properties.properties.loginMaxAttempts:10}") int loginMaxAttempts) {
        this.people = people;
        this.loginMaxAttempts = loginMaxAttempts;
    }

    /** A refused sign-in names the engine's lock-out limit (loginMaxAttempts), so the text stays true when it is changed. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("loginMaxAttempts", loginMaxAttempts);
        return "login";
    }

    @GetMapping("/me")
    String me(Principal principal, Authentication authentication, Locale locale, Model model) {
        Person me = people.findByUsername(principal.getName()).orElse(null);
        model.addAttribute("username", principal.getName());
        model.addAttribute("person", me);
        if (me != null) {
            model.addAttribute("unitName", me.getUnit().displayName(Language.of(locale)));
        }
        model.addAttribute(
                "isManager",
                authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")
                                || a.getAuthority().equals("ROLE_ADMIN")
                                || a.getAuthority().equals("ROLE_DISTRICT_LEADER")));
        model.addAttribute(
                "isAdmin",
                authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")));
        return "me";
    }
}
