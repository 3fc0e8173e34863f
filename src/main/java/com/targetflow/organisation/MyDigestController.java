package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    private final PersonRepository people;
    private final MessageSource messages;

    MyDigestController(PersonRepository people, MessageSource messages) {
        this.people = people;
        this.messages = messages;
    }

    @PutMapping("/api/people/me/digest")
    @ResponseBody
    @Transactional
    PersonView choose(@Valid @RequestBody DigestChoice choice, Principal principal) {
        Person me = me(principal.getName());
        me.chooseDigest(choice.digest());
        return PersonView.of(me);
    }

    @PostMapping("/me/digest")
    @Transactional
    String chooseOnHomePage(
            @RequestParam DigestFrequency digest, Principal principal, Locale locale, RedirectAttributes redirect) {
        me(principal.getName()).chooseDigest(digest);
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(
                        "home.digest.saved",
                        new Object[] {messages.getMessage("digest." + digest.name(), null, locale)},
                        locale));
        return "redirect:/me";
    }

    private Person me(String username) {
        return people.findByUsername(username).orElseThrow(Refusal::forbidden);
    }
}
