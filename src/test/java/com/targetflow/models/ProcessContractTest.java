package com.targetflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each model in bpmn/ and its contract class in this package say the same: renaming a user task, an
 * event or a message in Modeler, or a constant here, fails the build until the other side follows.
 */
class ProcessContractTest {

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theModelAndItsContractNameTheSameThings(Path file) throws Exception {
        Class<?> contract = contractOf(file);
        Map<String, String> constants = constants(contract);
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(constants.get("KEY"))
                .as("%s.KEY", contract.getSimpleName())
                .isEqualTo(model.getModelElementsByType(Process.class)
                        .iterator()
                        .next()
                        .getId());

        Set<String> messages = model.getModelElementsByType(Message.class).stream()
                .map(Message::getName)
                .collect(Collectors.toSet());
        Map<String, String> declaredMessages = new HashMap<>(constants);
        declaredMessages.keySet().removeIf(name -> !name.startsWith("MESSAGE_"));
        assertThat(Set.copyOf(declaredMessages.values()))
                .as("the messages of %s", file)
                .isEqualTo(messages);

        Set<String> ids = model.getModelElementsByType(FlowElement.class).stream()
                .map(FlowElement::getId)
                .collect(Collectors.toSet());
        Map<String, String> declaredIds = new HashMap<>(constants);
        declaredIds
                .keySet()
                .removeIf(name -> name.equals("KEY") || name.startsWith("MESSAGE_") || name.startsWith("VAR_"));
        assertThat(ids)
                .as("ids in %s named by %s", file, contract.getSimpleName())
                .containsAll(declaredIds.values());

        Set<String> named = Set.copyOf(declaredIds.values());
        for (Class<? extends ModelElementInstance> kind : List.of(
                UserTask.class, StartEvent.class, EndEvent.class, IntermediateCatchEvent.class, BoundaryEvent.class)) {
            for (ModelElementInstance element : model.getModelElementsByType(kind)) {
                assertThat(named)
                        .as("%s's %s in %s", file, kind.getSimpleName(), contract.getSimpleName())
                        .contains(element.getAttributeValue("id"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theVariablesTheModelUsesAreTheContractsVariables(Path file) throws Exception {
        Class<?> contract = contractOf(file);
        Map<String, String> declared = new HashMap<>(constants(contract));
        declared.keySet().removeIf(name -> !name.startsWith("VAR_"));
        assertThat(new TreeSet<>(declared.values()))
                .as("the process variables of %s named by %s", file, contract.getSimpleName())
                .isEqualTo(variables(file));
    }

    /**
     * The variables a model reads or writes: the names its expressions read (a name not followed by a
     * dot or a parenthesis; a bean is always followed by one), and those it names in attributes
     * (a multi-instance's element variable, a call's in and out mappings, a decision's result).
     */
    static Set<String> variables(Path file) throws IOException {
        String xml = Files.readString(file);
        xml = xml.substring(0, xml.indexOf("<bpmndi:BPMNDiagram"))
                .replaceAll("delegateExpression=\"[^\"]*\"", "")
                .replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(xml);
        while (expression.find()) {
            String text = expression.group(1).replaceAll("'[^']*'", "");
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                boolean bean = name.end() < text.length() && text.charAt(name.end()) == '.';
                if (!bean && !EL_WORDS.contains(name.group(1))) {
                    names.add(name.group(1));
                }
            }
        }
        Matcher attribute = NAMED.matcher(xml);
        while (attribute.find()) {
            names.add(attribute.group(1));
        }
        return names;
    }

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)\\}");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\s*[\\w(])");
    private static final Pattern NAMED =
            Pattern.compile(" (?:camunda:elementVariable|source|target|camunda:resultVariable)=\"([^\"]+)\"");
    private static final Set<String> EL_WORDS = Set.of(
            "true",
            "false",
            "null",
            "empty",
            "not",
            "and",
            "or",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "div",
            "mod",
            "instanceof");

    /** unit-targets.bpmn → UnitTargetsModel, in this package. */
    static Class<?> contractOf(Path file) throws ClassNotFoundException {
        String key = file.getFileName().toString().replace(".bpmn", "");
        return Class.forName(ProcessContractTest.class.getPackageName() + "."
                + Arrays.stream(key.split("-"))
                        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                        .collect(Collectors.joining())
                + "Model");
    }

    private static Map<String, String> constants(Class<?> contract) throws IllegalAccessException {
        Map<String, String> constants = new HashMap<>();
        for (Field field : contract.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }
}
