package com.targetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.CalendarCheckModel;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** calendar-check alone: its Monday timer starts it, and it asks the calendar to remind. */
@ModelTest("calendar-check")
@Deployment(resources = "bpmn/calendar-check.bpmn")
class CalendarCheckModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final JavaDelegate remindCalendar = mock(JavaDelegate.class);

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    @Test
    void theWeeklyTimerRemindsOfTheCalendarAndEnds() throws Exception {
        Mocks.register("remindCalendarDelegate", remindCalendar);
        ModelAlone.fireTimer(engine, CalendarCheckModel.EVENT_WEEKLY_CHECK);
        verify(remindCalendar).execute(any());
        assertThat(ModelAlone.endedAt(engine, CalendarCheckModel.KEY))
                .containsExactly(CalendarCheckModel.EVENT_CALENDAR_CHECKED);
    }
}
