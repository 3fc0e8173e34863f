package com.targetflow.report;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    private final SummaryWriter writer;
    private final SummaryDocx docx;
    private final Plans plans;
    private final People people;
    private final Units units;

    SummaryController(SummaryWriter writer, SummaryDocx docx, Plans plans, People people, Units units) {
        this.writer = writer;
        this.docx = docx;
        this.plans = plans;
        this.people = people;
        this.units = units;
    }

    @GetMapping("/plans/{year}/summary")
    @Transactional(readOnly = true)
    String page(
            @PathVariable int year,
            @RequestParam(required = false) String unit,
            Principal principal,
            Locale locale,
            Model model) {
        Unit scope = scope(unit, principal);
        model.addAttribute("summary", writer.write(plan(year), scope, locale));
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("unit", scope == null ? null : scope.getCode());
        return "summary";
    }

    @GetMapping("/api/plans/{year}/summary.docx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(
            @PathVariable int year, @RequestParam(required = false) String unit, Principal principal, Locale locale) {
        WorkSummary summary = writer.write(plan(year), scope(unit, principal), locale);
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

    /** The district (null) or one unit; a unit's people always get their own unit. */
    private Unit scope(String unitCode, Principal principal) {
        Person me = people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
        if (!me.getRole().seesWholeDistrict()) {
            return me.getUnit();
        }
        if (unitCode == null || unitCode.isBlank()) {
            return null;
        }
        return units.findByCode(unitCode).orElseThrow(() -> Refusal.invalid("unit", "error.unit.not-found", unitCode));
    }

    private AnnualPlan plan(int year) {
        return plans.findByYear(year).orElseThrow(() -> Refusal.notFound("error.plan.not-found", year));
    }
}
