package com.targetflow.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of inspection-result, at its boundaries, read from the same file the engine deploys. */
class InspectionResultDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void readTheTable() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("bpmn/inspection-result.dmn"))) {
            decision = dmn.parseDecision("inspection-result", in);
        }
    }

    @ParameterizedTest(name = "hazard={0}, failed items={1} → {2} in {3} days")
    @CsvSource({
        "true, 0, FAIL, 15",
        "true, 3, FAIL, 15",
        "true, 9, FAIL, 15",
        "false, 0, PASS, 0",
        "false, 1, RECTIFY, 7",
        "false, 2, RECTIFY, 15",
        "false, 3, RECTIFY, 15",
        "false, 4, FAIL, 30",
        "false, 12, FAIL, 30"
    })
    void theChecklistDecidesTheOutcomeAndTheDaysAllowed(boolean hazard, int failedItems, String outcome, int days) {
        DmnDecisionRuleResult result = dmn.evaluateDecisionTable(
                        decision, Map.of("seriousFailure", hazard, "failedItems", failedItems))
                .getSingleResult();
        assertThat(result.<String>getEntry("outcome")).isEqualTo(outcome);
        assertThat(((Number) result.getEntry("rectifyDays")).intValue()).isEqualTo(days);
    }
}
