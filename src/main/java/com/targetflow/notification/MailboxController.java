package com.targetflow.notification;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The built-in mailbox: what TargetFlow sent. Everyone sees the mails sent to them; managers and
 * admins see all of them, so that a new installation shows its invitations without any SMTP setup.
 */
@Controller
class MailboxController {

    // No transaction of its own: a mail is one row without associations, each read is the repository's.

    private static final int PAGE = 200;

    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final ZoneId zone;
    private final People people;
    private final FailedMails failed;
    private final MessageSource messages;

    MailboxController(
            OutgoingMailRepository mails,
            ObjectProvider<JavaMailSender> smtp,
            @Value("${targetflow.meetings.zone:Asia/Shanghai}") ZoneId zone,
            People people,
            FailedMails failed,
            MessageSource messages) {
        this.people = people;
        this.failed = failed;
        this.messages = messages;
        this.mails = mails;
        this.smtp = smtp;
        this.zone = zone;
    }

    @GetMapping("/mailbox")
    String list(Authentication me, Model model) {
        model.addAttribute("mails", visible(me));
        // People by name, not by username (street03-leader): the register's names, looked up once for the page.
        model.addAttribute(
                "names",
                people.findAllByOrderByUsername().stream()
                        .collect(Collectors.toMap(Person::getUsername, Person::getName)));
        model.addAttribute("smtp", smtp.getIfAvailable() != null);
        model.addAttribute("zone", zone);
        return "mailbox";
    }

    @GetMapping("/mailbox/{id}")
    String one(@PathVariable long id, Authentication me, Model model) {
        model.addAttribute("mail", mail(id, me));
        model.addAttribute("zone", zone);
        model.addAttribute("mayResend", seesAll(me));
        return "mail-message";
    }

    /** A failed mail sent again by a manager, after the address was put right; to the address the register has now. */
    @PostMapping("/mailbox/{id}/send-again")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String sendAgain(@PathVariable long id, Authentication me, Locale locale, RedirectAttributes redirect) {
        mail(id, me);
        try {
            OutgoingMail queued = failed.sendAgain(id);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("mailbox.sent-again", new Object[] {queued.getRecipientEmail()}, locale));
        } catch (Refusal e) {
            // Back to the mail's page with the reason (sent meanwhile by another manager, say), not an error page.
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/mailbox/" + id;
    }

    /** The calendar file as mail programs receive it. */
    @GetMapping("/mailbox/{id}/invite.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, Authentication me) {
        OutgoingMail mail = mail(id, me);
        if (!mail.hasCalendar()) {
            throw Refusal.notFound("error.mail.not-found", id);
        }
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("invite.ics")
                                .build()
                                .toString())
                .body(mail.getCalendar().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/mail")
    @ResponseBody
    List<Map<String, Object>> api(Authentication me) {
        return visible(me).stream()
                .map(m -> Map.<String, Object>of(
                        "id",
                        m.getId(),
                        "kind",
                        m.getKind(),
                        "to",
                        m.getRecipientEmail(),
                        "subject",
                        m.getSubject(),
                        "status",
                        m.getStatus(),
                        "attempts",
                        m.getAttempts(),
                        "createdAt",
                        m.getCreatedAt(),
                        "calendarMethod",
                        m.getCalendarMethod() == null ? "" : m.getCalendarMethod(),
                        "meetingId",
                        m.getMeetingId() == null ? "" : m.getMeetingId(),
                        "taskId",
                        m.getTaskId() == null ? "" : m.getTaskId()))
                .toList();
    }

    private List<OutgoingMail> visible(Authentication me) {
        return seesAll(me)
                ? mails.findAllByOrderByIdDesc(PageRequest.of(0, PAGE)).stream()
                        .filter(m -> readable(m, me))
                        .toList()
                : mails.findByRecipientUsernameOrderByIdDesc(me.getName(), PageRequest.of(0, PAGE));
    }

    private OutgoingMail mail(long id, Authentication me) {
        return mails.findById(id)
                .filter(m -> readable(m, me))
                .orElseThrow(() -> Refusal.notFound("error.mail.not-found", id));
    }

    /**
     * One's own mail; managers and administrators also everyone else's, except the links that set a
     * password: whoever reads one can take over the account, so only its owner sees it.
     */
    private static boolean readable(OutgoingMail mail, Authentication me) {
        if (me.getName().equals(mail.getRecipientUsername())) {
            return true;
        }
        return seesAll(me) && mail.getKind() != MailKind.ACCOUNT_INVITATION && mail.getKind() != MailKind.ACCOUNT_RESET;
    }

    private static boolean seesAll(Authentication me) {
        return me.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")
                        || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
