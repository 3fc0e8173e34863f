package com.targetflow.scoring;

import com.targetflow.forms.FormData;
import com.targetflow.models.AuditScoreForm;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.web.UserLocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On creating 考核评分: one row per target with its value (the latest approved), its weight, the
 * unit's self-assessed score and the score the rules compute, and room for the manager's own score
 * and reason.
 */
@Component
public class ShowAuditListener implements TaskListener {

    private final ScoringService scoring;
    private final UserLocale userLocale;
    private final MessageSource messages;

    ShowAuditListener(ScoringService scoring, UserLocale userLocale, MessageSource messages) {
        this.scoring = scoring;
        this.userLocale = userLocale;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(UnitTargetsModel.VAR_PLAN_ID)).longValue();
        String unitCode = (String) task.getVariable(UnitTargetsModel.VAR_UNIT_CODE);
        // The task's name already says whose audit it is (NameUnitTaskListener runs first).
        String veto = messages.getMessage("audit.veto", null, userLocale.current());
        task.setVariableLocal(
                AuditScoreForm.VALUES,
                FormData.json(scoring.indicators(planId, unitCode, Language.of(userLocale.current())).stream()
                        .map(s -> new ScoreShown(
                                s.indicatorCode(),
                                s.indicatorCode() + " " + s.indicator() + (s.veto() ? veto : ""),
                                s.quota().toPlainString(),
                                s.value(),
                                shown(s.weight()),
                                s.selfScore() == null ? "—" : shown(s.selfScore()),
                                shown(s.computed()),
                                s.adjusted() == null ? "" : s.adjusted().toPlainString(),
                                s.reason() == null ? "" : s.reason()))
                        .toList()));
    }

    /** Two decimals, as the form shows a score: 40.00, 11.11. */
    private static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
