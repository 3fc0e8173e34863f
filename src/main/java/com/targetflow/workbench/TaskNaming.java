package com.targetflow.workbench;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Units;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How the workbench names a task, its context, a person and a moment, for cards, done work and a task's story. */
@Component
class TaskNaming {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HistoryService history;
    private final TaskService tasks;
    private final People people;
    private final Units units;
    private final MessageSource messages;

    TaskNaming(HistoryService history, TaskService tasks, People people, Units units, MessageSource messages) {
        this.history = history;
        this.tasks = tasks;
        this.people = people;
        this.units = units;
        this.messages = messages;
    }

    /** The names one page needs, its processes read at once (see PageNames). */
    PageNames forPage(Locale locale, Collection<String> processInstanceIds) {
        return new PageNames(locale, processInstanceIds, history, tasks, people, units, messages);
    }

    /** A task's name in the reader's language: the model's Chinese name, or the bundle's name for its kind. */
    String taskName(String key, String name, Locale locale) {
        if ("zh".equals(locale.getLanguage()) || key == null) {
            return name;
        }
        return messages.getMessage("task.kind." + key, null, name, locale);
    }

    /**
     * A unit task's name ends with its unit (进展填报：2026 年第一季度 · 东城街道科协), for Tasklist and mail; a card
     * says the unit in its context line already, so its name stops before it.
     */
    static String withoutRepeatedUnit(String name, String context) {
        int unit = name.lastIndexOf(" · ");
        return unit > 0 && context != null && context.endsWith(name.substring(unit)) ? name.substring(0, unit) : name;
    }

    /** A moment as the district reads it: "2026-04-10 17:30", in its own time zone. */
    static String when(Instant at) {
        return WHEN.format(at.atZone(DistrictZone.ZONE));
    }
}
