package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** The models in bpmn/ keep the project's conventions: readable ids, a diagram, their forms. */
class ProcessModelConventionsTest {

    private static final Path BPMN = Path.of("bpmn");
    /** Task_ReportProgress, Gateway_ReportApproved, Event_ReminderDue, Flow_ReportReturned … */
    private static final Pattern READABLE = Pattern.compile(
            "(Task|Gateway|Event|Flow|Activity|SubProcess|TimerEventDefinition|MessageEventDefinition)_[A-Z][A-Za-z]+");

    private static final Pattern GENERATED = Pattern.compile("_[0-9a-z]{7}$|_[0-9]+$");

    @Test
    void everyElementHasAReadableIdAndEveryFlowNodeIsDrawn() throws IOException {
        List<Path> models = files(".bpmn");
        assertThat(models)
                .extracting(p -> p.getFileName().toString())
                .contains("annual-plan.bpmn", "unit-targets.bpmn");
        List<String> problems = new ArrayList<>();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Process process =
                    model.getModelElementsByType(Process.class).iterator().next();
            String name = file.getFileName().toString().replace(".bpmn", "");
            if (!process.getId().equals(name)) {
                problems.add(file + ": process id " + process.getId() + " differs from the file name");
            }
            List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId())
                    .toList();
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                String id = element.getId();
                if (!READABLE.matcher(id).matches() || GENERATED.matcher(id).find()) {
                    problems.add(file + ": id " + id + " is not of the form Kind_ReadableName");
                }
                if (!(element instanceof SequenceFlow) && !drawn.contains(id)) {
                    problems.add(file + ": " + id + " is not drawn in the diagram");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormReferenceHasItsFormFileNamedAfterIt() throws IOException {
        Pattern formRef = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : files(".bpmn")) {
            Matcher m = formRef.matcher(Files.readString(file));
            while (m.find()) {
                Path form = BPMN.resolve("forms").resolve(m.group(1) + ".form");
                if (!Files.exists(form) || !Files.readString(form).contains("\"id\": \"" + m.group(1) + "\"")) {
                    missing.add(file.getFileName() + " → " + form);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(BPMN)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
