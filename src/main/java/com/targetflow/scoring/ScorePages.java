package com.targetflow.scoring;

import com.targetflow.organisation.Language;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year-end assessment (考核结果) as the page and the API show it, read in one transaction. */
@Service
@Transactional(readOnly = true)
class ScorePages {

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
    private final MessageSource messages;

    ScorePages(ScoringService scoring, Plans plans, MessageSource messages) {
        this.scoring = scoring;
        this.plans = plans;
        this.messages = messages;
    }

    /** Each unit's scores, rating and rank, for the units the reader may see. */
    List<ScoreView> views(int year, Predicate<String> visible, Locale locale) {
        AnnualPlan plan = plans.ofYear(year);
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
