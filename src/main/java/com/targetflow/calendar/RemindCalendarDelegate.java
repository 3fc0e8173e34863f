package com.targetflow.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindCalendar of calendar-check: how many administrators and managers were told out. */
@Component
public class RemindCalendarDelegate implements JavaDelegate {

    private final CalendarReminder reminder;

    RemindCalendarDelegate(CalendarReminder reminder) {
        this.reminder = reminder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("peopleReminded", reminder.remindIfMissing());
    }
}
