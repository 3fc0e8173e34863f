package com.targetflow.scoring;

import com.targetflow.forms.FormData;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.UnitRepository;
import com.targetflow.web.UserLocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
    private final UnitRepository units;

    ShowAuditListener(ScoringService scoring, UserLocale userLocale, UnitRepository units) {
        this.units = units;
        this.scoring = scoring;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable("planId")).longValue();
        String unitCode = (String) task.getVariable("unitCode");
        // Thirteen audits wait at once: the task list tells them apart by the unit's name.
        units.findByCode(unitCode).ifPresent(u -> task.setName(task.getName() + "：" + u.displayName(Language.of(userLocale.current()))));
        task.setVariableLocal("values", FormData.json(scoring.indicators(planId, unitCode, Language.of(userLocale.current()))
                .stream().map(s -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("indicatorCode", s.indicatorCode());
                    row.put("indicator", s.indicatorCode() + " " + s.indicator() + (s.veto() ? "（一票否决）" : ""));
                    row.put("quota", s.quota().toPlainString());
                    // Numbers, not text: the form's number field takes a number.
                    row.put("value", s.value());
                    row.put("weight", shown(s.weight()));
                    row.put("selfScore", s.selfScore() == null ? "—" : shown(s.selfScore()).toString());
                    row.put("score", shown(s.computed()).toString());
                    // Empty, not "": a number field holding text would keep the form from being submitted.
                    row.put("adjustedScore", s.adjusted() == null ? "" : s.adjusted().toPlainString());
                    row.put("reason", s.reason() == null ? "" : s.reason());
                    return row;
                }).toList()));
    }

    /** Two decimals, as the form shows a score: 40.00, 11.11. */
    private static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
