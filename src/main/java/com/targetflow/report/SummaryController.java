package com.targetflow.report;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual work summary: previewed as a page, downloaded as .docx; the district's for district
 * staff, or one unit's (?unit=); a unit's people get their own unit's.
 */
@Controller
class SummaryController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ScopedSummaries summaries;
    private final SummaryDocx docx;

    SummaryController(ScopedSummaries summaries, SummaryDocx docx) {
        this.summaries = summaries;
        this.docx = docx;
    }

    @GetMapping("/plans/{year}/summary")
    String page(
            @PathVariable int year,
            @RequestParam(required = false) String unit,
            Principal principal,
            Locale locale,
            Model model) {
        ScopedSummaries.Scoped scoped = summaries.write(year, unit, principal.getName(), locale);
        model.addAttribute("summary", scoped.summary());
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("unit", scoped.unitCode());
        return "summary";
    }

    @GetMapping("/api/plans/{year}/summary.docx")
    ResponseEntity<byte[]> download(
            @PathVariable int year, @RequestParam(required = false) String unit, Principal principal, Locale locale) {
        WorkSummary summary =
                summaries.write(year, unit, principal.getName(), locale).summary();
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(summary.title() + ".docx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(docx.write(summary));
    }
}
