package com.targetflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Each form in bpmn/forms/ and the code say the same names: the form's contract class in this
 * package names its fields, lists, options and variables; the rows the code gives a list are a
 * {@link FormRows} record whose components are exactly what the forms showing it read of a row; the
 * rows a user fills are named by a nested class of the contract. A field renamed on either side fails.
 */
class FormContractTest {

    private static final Path FORMS = Path.of("bpmn", "forms");

    static List<String> forms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".form"))
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .sorted()
                    .toList();
        }
    }

    static List<Class<?>> rowRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(FormRows.class));
        List<Class<?>> records = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("com.targetflow")) {
            try {
                records.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return records;
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theFormAndItsContractNameTheSameFields(String form) throws Exception {
        FormNames names = FormNames.of(FORMS.resolve(form + ".form"));
        Class<?> contract = Class.forName(getClass().getPackageName() + "." + camel(form) + "Form");
        assertThat(constants(contract))
                .as("%s: names of %s.form", contract.getSimpleName(), form)
                .isEqualTo(names.top());

        for (var list : names.rows().entrySet()) {
            Optional<Class<?>> record = rowRecords().stream()
                    .filter(r -> shows(r, form, list.getKey()))
                    .findFirst();
            if (record.isPresent()) {
                continue; // its components are checked against every form that shows it, below
            }
            Class<?> entered = Arrays.stream(contract.getDeclaredClasses())
                    .filter(nested -> nested.getSimpleName().equals(camel(list.getKey())))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            form + ".form's list " + list.getKey() + " has neither a @FormRows record nor "
                                    + contract.getSimpleName() + "." + camel(list.getKey())));
            assertThat(constants(entered))
                    .as(
                            "%s.%s: a row of %s in %s.form",
                            contract.getSimpleName(), entered.getSimpleName(), list.getKey(), form)
                    .isEqualTo(list.getValue());
        }
    }

    @Test
    void everyRowRecordHasExactlyTheComponentsItsFormsRead() throws IOException {
        assertThat(rowRecords()).as("@FormRows records").isNotEmpty();
        for (Class<?> record : rowRecords()) {
            assertThat(record.isRecord()).as("%s is a record", record.getName()).isTrue();
            FormRows rows = record.getAnnotation(FormRows.class);
            Set<String> read = new TreeSet<>();
            for (String form : rows.forms()) {
                Set<String> ofForm =
                        FormNames.of(FORMS.resolve(form + ".form")).rows().get(rows.path());
                assertThat(ofForm)
                        .as("%s.form has a list %s (%s)", form, rows.path(), record.getSimpleName())
                        .isNotNull();
                read.addAll(ofForm);
            }
            Set<String> components = Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(components)
                    .as(
                            "%s's components: what %s read of a row of %s",
                            record.getSimpleName(), Arrays.toString(rows.forms()), rows.path())
                    .isEqualTo(read);
        }
    }

    private static boolean shows(Class<?> record, String form, String path) {
        FormRows rows = record.getAnnotation(FormRows.class);
        return rows.path().equals(path) && Arrays.asList(rows.forms()).contains(form);
    }

    private static String camel(String name) {
        return Arrays.stream(name.split("-"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }

    private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
