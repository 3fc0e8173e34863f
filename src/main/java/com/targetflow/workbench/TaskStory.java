package com.targetflow.workbench;

import com.targetflow.domain.Listed;
import com.targetflow.escalation.EscalationService;
import com.targetflow.escalation.EscalationStep;
import com.targetflow.forms.ReturnNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One task's story (经过), as its page shows it: the steps done before it in its process, the comments
 * and returns, and its escalation ladder — of a process shared by units, only the reader's unit's part.
 */
@Service
public class TaskStory {

    private final WorkbenchTasks workbench;
    private final TaskNaming naming;
    private final HistoryService history;
    private final TaskService tasks;
    private final EscalationService escalation;
    private final MessageSource messages;

    TaskStory(
            WorkbenchTasks workbench,
            TaskNaming naming,
            HistoryService history,
            TaskService tasks,
            EscalationService escalation,
            MessageSource messages) {
        this.workbench = workbench;
        this.naming = naming;
        this.history = history;
        this.tasks = tasks;
        this.escalation = escalation;
        this.messages = messages;
    }

    /** The task's story: the steps done before it in its process, comments and returns, the escalation ladder. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(String taskId, Authentication user, Locale locale) {
        Task task = workbench.visible(taskId, user);
        TaskNaming.PageNames names = naming.forPage(locale, List.of());
        ProcessPart part = workbench.partOf(task, user);
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .finished()
                .list()) {
            if (part.includes(done) && (done.getDeleteReason() == null || "completed".equals(done.getDeleteReason()))) {
                Instant at = done.getEndTime().toInstant();
                entries.add(new HistoryEntry(
                        at,
                        TaskNaming.when(at),
                        HistoryEntry.Kind.TASK,
                        naming.taskName(done.getTaskDefinitionKey(), done.getName(), locale),
                        names.person(done.getAssignee()),
                        null));
            }
        }
        for (Comment comment : part.of(tasks.getProcessInstanceComments(task.getProcessInstanceId()))) {
            Instant at = comment.getTime().toInstant();
            boolean isReturn = ReturnNote.isReturn(comment.getFullMessage());
            entries.add(new HistoryEntry(
                    at,
                    TaskNaming.when(at),
                    isReturn ? HistoryEntry.Kind.RETURN : HistoryEntry.Kind.COMMENT,
                    messages.getMessage(
                            isReturn ? "workbench.history.returned" : "workbench.history.comment", null, locale),
                    names.person(comment.getUserId()),
                    ReturnNote.reasonOf(comment.getFullMessage())));
        }
        escalation.byTask(taskId).ifPresent(watched -> {
            for (EscalationStep step : escalation.history(watched)) {
                String told = step.getTold().isEmpty() ? null : Listed.written(step.getTold(), messages, locale);
                String note = step.getNote() == null
                        ? told
                        : told == null
                                ? step.getNote()
                                : messages.getMessage("text.about", new Object[] {told, step.getNote()}, locale);
                entries.add(new HistoryEntry(
                        step.getTakenAt(),
                        TaskNaming.when(step.getTakenAt()),
                        HistoryEntry.Kind.ESCALATION,
                        messages.getMessage("escalation.step." + step.getStep().name(), null, locale),
                        names.person(step.getActor()),
                        note));
            }
        });
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }
}
