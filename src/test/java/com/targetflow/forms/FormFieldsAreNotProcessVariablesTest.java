package com.targetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who and what a process is about (unit, plan, round, meeting, invitee, inspection, action item)
 * are variables that only the processes write: a completion may carry only its form's fields, so
 * none of those may ever be a form's field. Read from the models themselves: every variable that
 * decides who does a task (assignee, candidate groups, a multi-instance collection) or that a
 * model hands to the app's beans (due dates, reminders: planCalendar.reportDue(planId, round + 1)).
 * Decisions (targetsAccepted, reportApproved) are a form's to carry and a gateway's to read.
 */
class FormFieldsAreNotProcessVariablesTest {

    /** Who does a task: camunda:assignee="${inspector}", camunda:candidateGroups="${unitCode}", collections. */
    private static final Pattern WHO =
            Pattern.compile("camunda:(?:assignee|candidateUsers|candidateGroups|collection)=\"\\$\\{([^}]*)}\"");
    /** What a bean is asked about: the arguments of planCalendar.reportDue(planId, round + 1). */
    private static final Pattern ARGUMENTS = Pattern.compile("\\$\\{[^}]*?\\w+\\.\\w+\\(([^)]*)\\)");

    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([a-z][A-Za-z0-9]*)\\b(?!\\s*[.(])");

    @Test
    void noFormFieldIsAVariableThatTheModelsUse() throws IOException {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                for (Pattern where : new Pattern[] {WHO, ARGUMENTS}) {
                    Matcher expression = where.matcher(xml);
                    while (expression.find()) {
                        Matcher name = NAME.matcher(expression.group(1));
                        while (name.find()) {
                            variables.add(name.group(1));
                        }
                    }
                }
            }
        }
        assertThat(variables)
                .as("variables named in the models")
                .contains(
                        "unitCode",
                        "planId",
                        "round",
                        "meetingId",
                        "invitee",
                        "inspectionId",
                        "actionItemId",
                        "inspector");

        Set<String> fields = new TreeSet<>();
        try (Stream<Path> forms = Files.list(Path.of("bpmn", "forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                try (InputStream in = Files.newInputStream(form)) {
                    fields.addAll(FormRules.read(in).submittableNames());
                }
            }
        }
        assertThat(fields).as("form fields").contains("targetsAccepted", "values", "reply");
        assertThat(fields)
                .as("form fields that are variables of the models (a unit could overwrite them)")
                .doesNotContainAnyElementsOf(variables);
    }
}
