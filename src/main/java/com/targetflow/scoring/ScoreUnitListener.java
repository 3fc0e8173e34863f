package com.targetflow.scoring;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.AuditScoreForm;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 考核评分, after the audited values are saved: the manager's own scores read (each
 * within the target's weight, each with a reason), and the unit scored.
 */
@Component
public class ScoreUnitListener implements TaskListener {

    private final ScoringService scoring;
    private final IdentityService identity;

    ScoreUnitListener(ScoringService scoring, IdentityService identity) {
        this.scoring = scoring;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(UnitTargetsModel.VAR_PLAN_ID)).longValue();
        String unitCode = (String) task.getVariable(UnitTargetsModel.VAR_UNIT_CODE);
        var weights = scoring.indicators(planId, unitCode, Language.ZH).stream()
                .collect(Collectors.toMap(
                        ScoringService.IndicatorScore::indicatorCode, ScoringService.IndicatorScore::weight));
        TaskInput input = new TaskInput();
        List<Map<String, Object>> rows = input.rows("values", Submitted.value(task, AuditScoreForm.VALUES));
        List<ScoringService.Adjustment> adjustments = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            Map<String, Object> row = rows.get(n);
            String code = String.valueOf(row.get("indicatorCode"));
            Object given = row.get("adjustedScore");
            if (given == null || given.toString().isBlank()) {
                adjustments.add(new ScoringService.Adjustment(code, null, null));
                continue;
            }
            BigDecimal score = input.amount("values[" + n + "].adjustedScore", given);
            String reason = input.text("values[" + n + "].reason", row.get("reason"), true, 1000);
            BigDecimal weight = weights.get(code);
            if (score != null && weight != null && score.compareTo(weight) > 0) {
                input.problem(
                        "values[" + n + "].adjustedScore",
                        "scoring.adjusted.above-weight",
                        score.toPlainString(),
                        weight.setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
            adjustments.add(new ScoringService.Adjustment(code, score, reason));
        }
        input.check();
        scoring.audit(planId, unitCode, adjustments, Completer.of(task, identity));
        task.getExecution().removeVariable(AuditScoreForm.VALUES);
    }
}
