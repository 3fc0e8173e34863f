package com.targetflow.calendar;

import com.targetflow.domain.Refusal;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日安排: the years' official arrangements. Managers and administrators read them, with a
 * preview of each month's working days; administrators enter or import a year (text, a simple
 * Excel sheet, holiday-cn JSON or an iCalendar file), see the preview, and save it when it is right.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class CalendarPageController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;

    private final CalendarYears calendar;
    private final MessageSource messages;

    CalendarPageController(CalendarYears calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Each problem in the reader's language: where (line, row, entry) and what. */
    private List<String> told(ArrangementProblems refused, Locale locale) {
        return refused.problems().stream()
                .map(p -> messages.getMessage(
                        "text.about",
                        new Object[] {
                            messages.getMessage(p.whereKey(), new Object[] {p.where()}, locale),
                            messages.getMessage(p.key(), p.args(), locale)
                        },
                        locale))
                .toList();
    }

    @GetMapping("/calendar")
    String list(Model model) {
        model.addAttribute("years", calendar.list());
        model.addAttribute("nextYear", calendar.nextYear());
        return "calendar";
    }

    @GetMapping("/calendar/{year}")
    String year(@PathVariable int year, Locale locale, Model model) {
        checkYear(year);
        Arrangement arrangement = calendar.arrangement(year);
        show(model, year, arrangement, calendar.status(year));
        model.addAttribute(
                "text", arrangement.text(!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())));
        return "calendar-year";
    }

    /** Reads what was typed or uploaded and shows it as it would count; nothing is saved. */
    @PostMapping("/calendar/{year}/preview")
    @PreAuthorize("hasRole('ADMIN')")
    String preview(
            @PathVariable int year,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model)
            throws IOException {
        checkYear(year);
        boolean chinese = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String source = file != null && !file.isEmpty() ? file.getOriginalFilename() : null;
        model.addAttribute("source", source);
        try {
            Arrangement arrangement =
                    source != null ? ArrangementFiles.read(year, file.getBytes()) : ArrangementText.read(year, text);
            show(model, year, arrangement, calendar.status(year));
            model.addAttribute("text", arrangement.text(chinese));
            model.addAttribute("previewing", true);
        } catch (ArrangementProblems refused) {
            show(model, year, calendar.arrangement(year), calendar.status(year));
            model.addAttribute(
                    "text", source != null ? calendar.arrangement(year).text(chinese) : text);
            model.addAttribute("problems", told(refused, locale));
        }
        return "calendar-year";
    }

    @PostMapping("/calendar/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    String save(
            @PathVariable int year,
            @RequestParam String text,
            @RequestParam(required = false) String source,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkYear(year);
        try {
            calendar.save(
                    ArrangementText.read(year, text),
                    source == null || source.isBlank() ? null : source.strip(),
                    principal.getName());
        } catch (ArrangementProblems refused) {
            show(model, year, calendar.arrangement(year), calendar.status(year));
            model.addAttribute("text", text);
            model.addAttribute("problems", told(refused, locale));
            return "calendar-year";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/calendar/" + year;
    }

    private static void show(Model model, int year, Arrangement arrangement, CalendarYears.YearStatus status) {
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("months", arrangement.months());
        model.addAttribute("workingDays", arrangement.workingDays());
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.notFound("calendar.year-out-of-range", year, FIRST_YEAR, LAST_YEAR);
        }
    }
}
