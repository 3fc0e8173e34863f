package com.targetflow.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.InspectionScheduleModel;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** inspection-schedule alone: its monthly timer starts it, and it starts the rounds that are due. */
@ModelTest("inspection-schedule")
@Deployment(resources = "bpmn/inspection-schedule.bpmn")
class InspectionScheduleModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final JavaDelegate startRounds = mock(JavaDelegate.class);

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    @Test
    void theMonthlyTimerStartsTheRoundsDueAndEnds() throws Exception {
        Mocks.register("startScheduledRoundDelegate", startRounds);
        ModelAlone.fireTimer(engine, InspectionScheduleModel.EVENT_MONTHLY_CHECK);
        verify(startRounds).execute(any());
        assertThat(ModelAlone.endedAt(engine, InspectionScheduleModel.KEY))
                .containsExactly(InspectionScheduleModel.EVENT_SCHEDULED_ROUNDS_STARTED);
    }
}
