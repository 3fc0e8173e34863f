package com.targetflow.scoring;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import com.targetflow.targets.Viewer;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The year-end assessment (考核结果): each unit's scores, rating and rank; a unit's people see their own. */
@Controller
class ScoresController {

    /** One unit's assessment as shown. */
    record ScoreView(
            Integer rank,
            String unitCode,
            String unitName,
            BigDecimal selfScore,
            BigDecimal computedScore,
            BigDecimal deductions,
            BigDecimal finalScore,
            boolean vetoed,
            Rating rating,
            String ratingName,
            String auditedBy) {}

    private final ScoringService scoring;
    private final Plans plans;
    private final Viewer viewer;
    private final MessageSource messages;

    ScoresController(ScoringService scoring, Plans plans, Viewer viewer, MessageSource messages) {
        this.scoring = scoring;
        this.plans = plans;
        this.viewer = viewer;
        this.messages = messages;
    }

    @GetMapping("/api/plans/{year}/scores")
    @ResponseBody
    @Transactional(readOnly = true)
    List<ScoreView> api(@PathVariable int year, Principal principal, Locale locale) {
        return views(year, principal, locale);
    }

    @GetMapping("/plans/{year}/scores")
    @Transactional(readOnly = true)
    String page(@PathVariable int year, Principal principal, Locale locale, Model model) {
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("scores", views(year, principal, locale));
        return "scores";
    }

    private List<ScoreView> views(int year, Principal principal, Locale locale) {
        AnnualPlan plan = plans.findByYear(year).orElseThrow(() -> Refusal.notFound("error.plan.not-found", year));
        var visible = viewer.visibleUnits(principal);
        Language language = Language.of(locale);
        return scoring.ranking(plan).stream()
                .filter(s -> visible.test(s.getUnit().getCode()))
                .map(s -> new ScoreView(
                        s.getRanking(),
                        s.getUnit().getCode(),
                        s.getUnit().displayName(language),
                        s.getSelfScore(),
                        s.getComputedScore(),
                        s.getDeductions(),
                        s.getFinalScore(),
                        s.isVetoed(),
                        s.getRating(),
                        messages.getMessage("rating." + s.getRating().name(), null, locale),
                        s.getAuditedBy()))
                .toList();
    }
}
