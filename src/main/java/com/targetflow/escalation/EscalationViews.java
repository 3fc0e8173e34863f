package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Listed;
import com.targetflow.organisation.Language;
import com.targetflow.targets.WarningLight;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A watched task and its ladder as the API, the pages and the 督办 form show them, in the reader's language. */
@Component
public class EscalationViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public record TaskView(
            String taskId,
            String taskKey,
            String taskName,
            String unitCode,
            String unitName,
            String due,
            WarningLight light,
            String lightName,
            WatchedTask.Status status,
            int workingDaysLate,
            List<StepView> steps) {}

    public record StepView(
            EscalationStep.Kind step, String stepName, String at, List<String> told, String note, String actor) {}

    private final EscalationService escalation;
    private final EscalationMails mails;
    private final MessageSource messages;
    private final Clock clock;
    private final EscalationAccess access;

    EscalationViews(
            EscalationService escalation,
            EscalationMails mails,
            MessageSource messages,
            Clock clock,
            EscalationAccess access) {
        this.clock = clock;
        this.access = access;
        this.escalation = escalation;
        this.mails = mails;
        this.messages = messages;
    }

    /** The open watched tasks the reader may see, soonest due first, without their ladders. */
    @Transactional(readOnly = true)
    public List<TaskView> open(Principal principal, Locale locale) {
        return access.open(principal).stream().map(t -> of(t, locale, false)).toList();
    }

    /** One watched task the reader may see, with its ladder. */
    @Transactional(readOnly = true)
    public TaskView one(String taskId, Principal principal, Locale locale) {
        return of(access.task(taskId, principal), locale, true);
    }

    public TaskView of(WatchedTask task, Locale locale, boolean withSteps) {
        Language language = Language.of(locale);
        WarningLight light = task.lightAt(Instant.now(clock));
        List<StepView> steps = withSteps
                ? escalation.history(task).stream()
                        .map(s -> new StepView(
                                s.getStep(),
                                messages.getMessage(
                                        "escalation.step." + s.getStep().name(), null, locale),
                                WHEN.format(s.getTakenAt().atZone(DistrictZone.ZONE)),
                                s.getTold(),
                                s.getNote(),
                                s.getActor()))
                        .toList()
                : List.of();
        return new TaskView(
                task.getTaskId(),
                task.getTaskKey(),
                mails.taskName(task, locale),
                task.getUnit() == null ? null : task.getUnit().getCode(),
                task.getUnit() == null ? null : task.getUnit().displayName(language),
                WHEN.format(task.getDueAt().atZone(DistrictZone.ZONE)),
                light,
                messages.getMessage("light." + light.name(), null, locale),
                task.getStatus(),
                task.isOpen() ? escalation.workingDaysLate(task) : 0,
                steps);
    }

    /** The ladder so far as lines of text, for the 督办 form. */
    public String historyText(WatchedTask task, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (StepView step : of(task, locale, true).steps()) {
            String line = step.at() + " " + step.stepName()
                    + (step.told().isEmpty() ? "" : " → " + Listed.written(step.told(), messages, locale));
            // The step's note beside it: （…） in Chinese, ( … ) in English.
            text.append("- ")
                    .append(
                            step.note() == null
                                    ? line
                                    : messages.getMessage("text.aside", new Object[] {line, step.note()}, locale))
                    .append("\n");
        }
        return text.toString();
    }
}
