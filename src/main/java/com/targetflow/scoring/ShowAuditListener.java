package com.targetflow.scoring;

import com.targetflow.forms.FormData;
import com.targetflow.organisation.Language;
import com.targetflow.web.UserLocale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On creating 考核评分: one row per target with its value (the latest approved), its weight, the
 * unit's self-assessed score and the score the rules compute, and room for the manager's own score
 * and reason.
 */
@Component
public class ShowAuditListener implements TaskListener {

    private final ScoringService scoring;
    private final UserLocale userLocale;

    ShowAuditListener(ScoringService scoring, UserLocale userLocale) {
        this.scoring = scoring;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable("planId")).longValue();
        String unitCode = (String) task.getVariable("unitCode");
        task.setVariableLocal("values", FormData.json(scoring.indicators(planId, unitCode, Language.of(userLocale.current()))
                .stream().map(s -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("indicatorCode", s.indicatorCode());
                    row.put("indicator", s.indicatorCode() + " " + s.indicator() + (s.veto() ? "（一票否决）" : ""));
                    row.put("quota", s.quota().toPlainString());
                    row.put("value", s.value().toPlainString());
                    row.put("weight", s.weight().stripTrailingZeros().toPlainString());
                    row.put("selfScore", s.selfScore() == null ? "—" : s.selfScore().toPlainString());
                    row.put("score", s.computed().toPlainString());
                    row.put("adjustedScore", s.adjusted() == null ? "" : s.adjusted().toPlainString());
                    row.put("reason", s.reason() == null ? "" : s.reason());
                    return row;
                }).toList()));
    }
}
