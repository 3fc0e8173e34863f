package com.targetflow.security;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that let a person choose their password: the invitation's and the reset's one-time link
 * (/password/set/{link}), 忘记密码 (/password/forgot), both open without signing in, and the change
 * of one's own password on 我的账户.
 */
@Controller
class PasswordPageController {

    private final Accounts accounts;
    private final MessageSource messages;

    PasswordPageController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "password-forgot";
    }

    /** The same answer whether or not the account exists, so that the page tells nobody who has one. */
    @PostMapping("/password/forgot")
    String sendReset(@RequestParam(required = false) String account, Model model) {
        accounts.requestReset(account);
        model.addAttribute("sent", true);
        return "password-forgot";
    }

    @GetMapping("/password/set/{link}")
    String choose(@PathVariable String link, Model model) {
        model.addAttribute("link", accounts.open(link));
        model.addAttribute("secret", link);
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        return "password-set";
    }

    @PostMapping("/password/set/{link}")
    String set(
            @PathVariable String link,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeat,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            String username = accounts.setPassword(link, password, repeat);
            redirect.addAttribute("password-set", "");
            redirect.addAttribute("username", username);
            return "redirect:/login";
        } catch (Accounts.Refused refused) {
            model.addAttribute("problems", texts(refused.problems(), locale));
            return choose(link, model);
        }
    }

    @PostMapping("/me/password")
    String change(
            Principal me,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeat,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(me.getName(), current, password, repeat);
            redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
        } catch (Accounts.Refused refused) {
            redirect.addFlashAttribute("passwordProblems", texts(refused.problems(), locale));
        }
        return "redirect:/me";
    }

    private List<String> texts(List<String> keys, Locale locale) {
        return keys.stream()
                .map(key -> messages.getMessage(key, new Object[] {String.valueOf(PasswordRules.MIN_LENGTH)}, locale))
                .toList();
    }
}
