package com.targetflow.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person chooses for themselves how often the digest comes: in the API (beside /api/people/me) and on the home page. */
@Controller
class MyDigestController {

    record DigestChoice(@NotNull DigestFrequency digest) {}

    private final OrganisationViews views;
    private final MessageSource messages;

    MyDigestController(OrganisationViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    @PutMapping("/api/people/me/digest")
    @ResponseBody
    PersonView choose(@Valid @RequestBody DigestChoice choice, Principal principal) {
        return views.chooseDigest(principal.getName(), choice.digest());
    }

    @PostMapping("/me/digest")
    String chooseOnHomePage(
            @RequestParam DigestFrequency digest, Principal principal, Locale locale, RedirectAttributes redirect) {
        views.chooseDigest(principal.getName(), digest);
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(
                        "home.digest.saved",
                        new Object[] {messages.getMessage("digest." + digest.name(), null, locale)},
                        locale));
        return "redirect:/me";
    }
}
