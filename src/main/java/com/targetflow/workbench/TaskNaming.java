package com.targetflow.workbench;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Units;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
        return new PageNames(locale, processInstanceIds);
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

    /**
     * Names of people, units and processes, looked up once per page: the processes of all the page's
     * tasks (their key, the plan year in a unit process's business key "<year>-<unit>", the unit) in
     * two queries, not a few per task.
     */
    final class PageNames {

        private final Locale locale;
        private final Map<String, String> cache = new HashMap<>();
        private final Map<String, HistoricProcessInstance> processes = new HashMap<>();
        private final Map<String, Set<String>> unitCodes = new HashMap<>();

        private PageNames(Locale locale, Collection<String> processInstanceIds) {
            this.locale = locale;
            Set<String> ids =
                    processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                history.createHistoricProcessInstanceQuery()
                        .processInstanceIds(ids)
                        .list()
                        .forEach(p -> processes.put(p.getId(), p));
                history
                        .createHistoricVariableInstanceQuery()
                        .processInstanceIdIn(ids.toArray(String[]::new))
                        .variableName(UnitTargetsModel.VAR_UNIT_CODE)
                        .list()
                        .stream()
                        .filter(v -> v.getValue() != null)
                        .forEach(v -> unitCodes
                                .computeIfAbsent(v.getProcessInstanceId(), k -> new HashSet<>())
                                .add(v.getValue().toString()));
            }
        }

        String person(String username) {
            if (username == null) {
                return null;
            }
            return cache.computeIfAbsent(
                    "p:" + username,
                    k -> people.findByUsername(username).map(Person::getName).orElse(username));
        }

        /**
         * An open task's context. An inspection round is one process with a unit per facility, each local to
         * the facility's part: its task names the unit its own part holds, not the first the round has.
         */
        String context(Task task) {
            Set<String> codes = unitCodes.getOrDefault(task.getProcessInstanceId(), Set.of());
            if (codes.size() < 2) {
                return context(task.getProcessInstanceId());
            }
            Object own = tasks.getVariable(task.getId(), UnitTargetsModel.VAR_UNIT_CODE);
            return context(task.getProcessInstanceId(), own == null ? null : own.toString());
        }

        /** A process's context; a unit is named only when the process has one (a done round's task names none). */
        String context(String processInstanceId) {
            Set<String> codes = unitCodes.getOrDefault(processInstanceId, Set.of());
            return context(
                    processInstanceId, codes.size() == 1 ? codes.iterator().next() : null);
        }

        /** "2028 年目标任务 · 东城街道科协": the process, its plan year if it has one, its unit if it has one. */
        private String context(String processInstanceId, String unitCode) {
            HistoricProcessInstance instance = processes.get(processInstanceId);
            String process = instance == null
                    ? null
                    : messages.getMessage(
                            "workbench.process." + instance.getProcessDefinitionKey(),
                            null,
                            instance.getProcessDefinitionKey(),
                            locale);
            String key = instance == null ? null : instance.getBusinessKey();
            if (process != null && key != null && key.matches("\\d{4}-.+")) {
                process = messages.getMessage(
                        "workbench.context.year", new Object[] {key.substring(0, 4), process}, locale);
            }
            if (unitCode == null) {
                return process;
            }
            String unit = cache.computeIfAbsent(
                    "u:" + unitCode,
                    k -> units.findByCode(unitCode)
                            .map(u -> u.displayName(Language.of(locale)))
                            .orElse(unitCode));
            return process == null ? unit : process + " · " + unit;
        }
    }
}
