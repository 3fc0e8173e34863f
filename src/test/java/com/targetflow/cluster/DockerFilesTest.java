package com.targetflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The build machines have no Docker engine, so the stack in docker/ is never started here; these
 * checks catch what would otherwise only show at "docker compose up": a node without the shared
 * settings, a secret with a default, a dependency on a service that does not exist, a proxy that
 * misses a node. Paths are relative to the repository root, the tests' working directory.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("docker");
    private static final List<String> NODES = List.of("node1", "node2");

    private static Map<String, Object> services;

    @BeforeAll
    static void loadCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve("compose.yaml"))) {
            services = map(new Yaml().<Map<String, Object>>load(reader).get("services"));
        }
    }

    @Test
    void theStackIsPostgresTwoNodesAProxyAndMailpit() {
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "node1", "node2", "proxy", "mailpit");
    }

    @Test
    void bothNodesReceiveTheSharedNodeSettingsThroughTheMergeKey() {
        // <<: *node must be resolved, not left as a "<<" key, or the nodes would have no image or settings.
        for (String node : NODES) {
            assertThat(service(node)).doesNotContainKey("<<").containsEntry("image", "targetflow:latest");
            assertThat(map(service(node).get("build"))).containsEntry("dockerfile", "docker/Dockerfile");
            assertThat(environment(node))
                    .doesNotContainKey("<<")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                    .containsEntry("SPRING_MAIL_HOST", "mailpit");
        }
    }

    @Test
    void bothNodesShareOneDatabaseOnThePostgresService() {
        Object url = environment("node1").get("SPRING_DATASOURCE_URL");
        assertThat(environment("node2").get("SPRING_DATASOURCE_URL")).isEqualTo(url);
        assertThat(URI.create(url.toString().substring("jdbc:".length())).getHost())
                .isEqualTo("postgres");
    }

    @Test
    void eachNodeNamesItselfDifferentlyInTheEngineJobLog() {
        Set<Object> hostnames = NODES.stream()
                .map(node -> environment(node).get("CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME"))
                .collect(Collectors.toSet());
        assertThat(hostnames).doesNotContainNull().hasSize(NODES.size());
    }

    @Test
    void secretsHaveNoDefaultAndMustBeSetInTheEnvironment() {
        for (String node : NODES) {
            assertThat(environment(node).get("SPRING_DATASOURCE_PASSWORD"))
                    .asString()
                    .contains(":?");
            assertThat(environment(node).get("TARGETFLOW_ADMIN_PASSWORD"))
                    .asString()
                    .contains(":?");
        }
        assertThat(map(service("postgres").get("environment")).get("POSTGRES_PASSWORD"))
                .asString()
                .contains(":?");
    }

    @Test
    void onlyTheProxyPublishesTheApplicationAndItWaitsForBothNodes() {
        NODES.forEach(node -> assertThat(service(node)).doesNotContainKey("ports"));
        assertThat(list(service("proxy").get("ports"))).isNotEmpty();
        assertThat(dependencies("proxy")).containsExactlyInAnyOrder("node1", "node2");
        assertThat(list(service("proxy").get("volumes"))).contains("./nginx.conf:/etc/nginx/conf.d/default.conf:ro");
    }

    @Test
    void everyDependencyNamesAServiceOfTheStack() {
        services.keySet().forEach(name -> assertThat(services.keySet()).as(name).containsAll(dependencies(name)));
    }

    @Test
    void nginxBalancesOverBothNodesAndAcceptsEvidenceUploads() throws IOException {
        String conf = withoutComments(DOCKER.resolve("nginx.conf"));
        assertThat(conf)
                .contains("server node1:8080", "server node2:8080", "client_max_body_size 30m")
                // Sessions live in the database: pinning clients to a node would only unbalance the load.
                .doesNotContain("ip_hash");
    }

    @Test
    void theImageIsBuiltInStagesAndRunsAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> lines = withoutComments(DOCKER.resolve("Dockerfile"))
                .lines()
                .map(String::strip)
                .toList();
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        String user = lines.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElse("USER root");
        assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
        // The last USER counts, and it must be in the runtime stage (after the last FROM).
        assertThat(lines.lastIndexOf(user)).isGreaterThan(lines.lastIndexOf(froms.get(froms.size() - 1)));
        assertThat(user.substring("USER ".length()).strip()).isNotIn("root", "0", "0:0", "root:root");
        assertThat(lines).anyMatch(l -> l.startsWith("HEALTHCHECK ")).contains("EXPOSE 8080");
    }

    @Test
    void theImageStartsFromTheArchiveTheScriptTrainsInIt() throws IOException {
        String dockerfile = withoutComments(DOCKER.resolve("Dockerfile"));
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("FROM "));
        // The archive is trained in the runtime stage, on the JRE that will read it (PreparedStartIT runs the script).
        assertThat(runtime)
                .contains("sh /tmp/prepare-start.sh /tmp/targetflow.jar /app/targetflow")
                .contains("-XX:SharedArchiveFile=/app/targetflow/app.jsa")
                .contains("-jar /app/targetflow/targetflow.jar");
        assertThat(DOCKER.resolve("prepare-start.sh")).exists();
    }

    @Test
    void theEnvironmentExampleNamesEveryVariableTheComposeFileReads() throws IOException {
        Path example = DOCKER.resolve(".env.example");
        assertThat(example).exists();
        Set<String> named = withoutComments(example)
                .lines()
                .filter(l -> l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).strip())
                .collect(Collectors.toSet());
        Matcher reads = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        Set<String> read = reads.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(named)
                .contains("POSTGRES_PASSWORD", "TARGETFLOW_ADMIN_PASSWORD")
                .containsAll(read);
    }

    private static Map<String, Object> service(String name) {
        return map(services.get(name));
    }

    private static Map<String, Object> environment(String node) {
        return map(service(node).get("environment"));
    }

    /** depends_on in either of its forms: a list of names, or a map from name to condition. */
    private static List<String> dependencies(String name) {
        Object dependsOn = service(name).get("depends_on");
        if (dependsOn == null) {
            return List.of();
        }
        Collection<?> names = dependsOn instanceof Map<?, ?> m ? m.keySet() : (Collection<?>) dependsOn;
        return names.stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String withoutComments(Path file) throws IOException {
        return Files.readString(file)
                .lines()
                .map(l -> l.replaceFirst("#.*", ""))
                .collect(Collectors.joining("\n"));
    }
}
