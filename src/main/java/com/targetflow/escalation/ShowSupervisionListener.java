package com.targetflow.escalation;

import com.targetflow.forms.FormData;
import com.targetflow.forms.TaskTitles;
import com.targetflow.models.SuperviseForm;
import com.targetflow.web.UserLocale;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On 督办's creation: the late task turns red and the managers are told; the form shows the task,
 * how late it is, its ladder so far, and whom it may be handed to.
 */
@Component
public class ShowSupervisionListener implements TaskListener {

    private final EscalationService escalation;
    private final EscalationViews views;
    private final LadderPeople people;
    private final UserLocale userLocale;
    private final TaskTitles titles;
    private final MessageSource messages;

    ShowSupervisionListener(
            EscalationService escalation,
            EscalationViews views,
            LadderPeople people,
            UserLocale userLocale,
            TaskTitles titles,
            MessageSource messages) {
        this.escalation = escalation;
        this.views = views;
        this.people = people;
        this.userLocale = userLocale;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long watchId = EscalationVariables.watchId(task);
        escalation.supervise(watchId, task.getId());
        WatchedTask watched = escalation.task(watchId);
        var locale = userLocale.current();
        EscalationViews.TaskView view = views.of(watched, locale, false);
        // Several 督办 may wait at once; the task list tells them apart by name.
        // A unit's task names its unit already (进展填报：2026 年第一季度 · 和平街道科协); others get it added.
        boolean named = view.unitName() == null || view.taskName().contains(view.unitName());
        titles.about(
                task, named ? view.taskName() : aside(view.taskName(), view.unitName(), Locale.SIMPLIFIED_CHINESE));
        task.setVariableLocal(SuperviseForm.LATE_TASK_NAME, view.taskName());
        task.setVariableLocal(SuperviseForm.LATE_UNIT_NAME, view.unitName() == null ? "—" : view.unitName());
        task.setVariableLocal(SuperviseForm.LATE_DUE, view.due());
        task.setVariableLocal(SuperviseForm.LATE_DAYS, view.workingDaysLate());
        task.setVariableLocal(SuperviseForm.LADDER_SO_FAR, views.historyText(watched, locale));
        task.setVariableLocal(
                SuperviseForm.ASSIGNEE_OPTIONS,
                FormData.json(people.possibleAssignees(watched.getUnit()).stream()
                        .map(p ->
                                Map.of("value", p.getUsername(), "label", aside(p.getName(), p.getUsername(), locale)))
                        .toList()));
    }

    /** 张三（street05）: a name and, beside it, what tells it apart. */
    private String aside(String name, String beside, Locale locale) {
        return messages.getMessage("text.aside", new Object[] {name, beside}, locale);
    }
}
