package com.targetflow.workbench;

import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Units;
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

/**
 * Names of people, units and processes, looked up once per page: the processes of all the page's
 * tasks (their key, the plan year in a unit process's business key "<year>-<unit>", the unit) in
 * two queries, not a few per task.
 */
final class PageNames {

    private final Locale locale;
    private final TaskService tasks;
    private final People people;
    private final Units units;
    private final MessageSource messages;
    private final Map<String, String> cache = new HashMap<>();
    private final Map<String, HistoricProcessInstance> processes = new HashMap<>();
    private final Map<String, Set<String>> unitCodes = new HashMap<>();

    PageNames(
            Locale locale,
            Collection<String> processInstanceIds,
            HistoryService history,
            TaskService tasks,
            People people,
            Units units,
            MessageSource messages) {
        this.locale = locale;
        this.tasks = tasks;
        this.people = people;
        this.units = units;
        this.messages = messages;
        Set<String> ids = processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
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
        return context(processInstanceId, codes.size() == 1 ? codes.iterator().next() : null);
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
            process =
                    messages.getMessage("workbench.context.year", new Object[] {key.substring(0, 4), process}, locale);
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
