package com.targetflow.scoring;

import com.targetflow.security.AsSystem;
import com.targetflow.targets.IndicatorKind;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The scoring rules, as the district keeps them in DMN (bpmn/indicator-score.dmn,
 * score-deduction.dmn, unit-rating.dmn): what share of its weight a target earns, how many
 * points each deduction costs, and the rating a score gets.
 */
@Component
class ScoringRules {

    private final DecisionService decisions;
    private final AsSystem asSystem;

    ScoringRules(DecisionService decisions, AsSystem asSystem) {
        this.decisions = decisions;
        this.asSystem = asSystem;
    }

    /** The share (0 to 1) of its weight that a target earns, from the value reached against the quota. */
    BigDecimal share(IndicatorKind kind, BigDecimal value, BigDecimal quota) {
        double ratio = quota.signum() == 0 ? 1 : value.doubleValue() / quota.doubleValue();
        return BigDecimal.valueOf(
                number(evaluate("indicator-score", Map.of("kind", kind.name(), "ratio", ratio), "share")));
    }

    /** The points one deduction of this cause costs. */
    BigDecimal points(Deduction cause) {
        return BigDecimal.valueOf(number(evaluate("score-deduction", Map.of("cause", cause.name()), "points")));
    }

    Rating rating(boolean vetoed, BigDecimal score) {
        return Rating.valueOf(
                (String) evaluate("unit-rating", Map.of("vetoed", vetoed, "score", score.doubleValue()), "rating"));
    }

    // Evaluated as the system: a manager's audit should not need the right to run decisions by hand.
    private Object evaluate(String key, Map<String, Object> variables, String output) {
        return asSystem.call(() -> decisions
                .evaluateDecisionByKey(key)
                .variables(variables)
                .evaluate()
                .getSingleResult()
                .getEntry(output));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
