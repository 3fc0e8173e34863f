package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** A model added to bpmn/ without a test of its own, or without its row in the README, fails the build. */
class EveryModelHasItsTestTest {

    @Test
    void everyModelHasItsOwnTestAndItsRowInTheReadme() throws IOException {
        Set<String> models;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn"))
                    .map(name -> name.substring(0, name.length() - ".bpmn".length()))
                    .collect(Collectors.toSet());
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ModelTest.class));
        Set<String> tested = scanner.findCandidateComponents("com.targetflow").stream()
                .map(candidate -> ModelAlone.modelOf(candidate.getBeanClassName()))
                .collect(Collectors.toSet());

        assertThat(tested).as("models with a @ModelTest class").isEqualTo(models);
        assertThat(CoverageInReadme.shownInReadme().keySet())
                .as("models in README.md's coverage table")
                .isEqualTo(models);
    }
}
