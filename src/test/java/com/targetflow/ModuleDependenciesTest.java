package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The feature packages (modules) and which others each may use, declared here; the build fails on a
 * use not declared, and on a declaration no longer used. A module uses another when one of its
 * classes imports one of the other's: imports are the whole story, as SourceStyleTest forbids wildcard
 * imports and names spelled out inline. The README's module diagram is drawn from the same table.
 * No module may reach itself again through others: the table has no cycle. The models'
 * contract and the domain's refusals ({@link #KERNEL}) are open to every module and depend on none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleDependenciesTest {

    static final Map<String, Set<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("calendar", Set.of("notification", "organisation")),
            Map.entry(
                    "dashboard",
                    Set.of("calendar", "escalation", "inspections", "meetings", "organisation", "targets")),
            Map.entry(
                    "demo",
                    Set.of(
                            "calendar",
                            "escalation",
                            "inspections",
                            "meetings",
                            "notification",
                            "operations",
                            "organisation",
                            "security",
                            "targets")),
            Map.entry(
                    "escalation",
                    Set.of("calendar", "forms", "notification", "organisation", "security", "targets", "web")),
            Map.entry("domain", Set.of()),
            Map.entry("forms", Set.of()),
            Map.entry("inspections", Set.of("calendar", "forms", "notification", "organisation", "targets", "web")),
            Map.entry("models", Set.of()),
            Map.entry("meetings", Set.of("calendar", "forms", "notification", "organisation", "targets", "web")),
            Map.entry("notification", Set.of("organisation", "security")),
            Map.entry("operations", Set.of()),
            Map.entry("organisation", Set.of()),
            Map.entry(
                    "report",
                    Set.of("calendar", "escalation", "inspections", "meetings", "organisation", "targets", "web")),
            Map.entry(
                    "scoring",
                    Set.of("escalation", "forms", "inspections", "organisation", "security", "targets", "web")),
            Map.entry("security", Set.of("forms", "operations", "organisation", "web")),
            Map.entry("setup", Set.of("calendar", "organisation", "targets")),
            Map.entry("targets", Set.of("calendar", "forms", "notification", "organisation", "web")),
            Map.entry("web", Set.of("organisation")),
            Map.entry(
                    "workbench",
                    Set.of(
                            "calendar",
                            "escalation",
                            "forms",
                            "notification",
                            "organisation",
                            "security",
                            "setup",
                            "targets",
                            "web"))));

    /**
     * The shared kernel, open to every module and using none, drawn alone: the models' contract (ids,
     * messages, form fields, as bpmn/ names them: every module may read bpmn/) and the domain's
     * refusals (not found, conflict, invalid: every rule may refuse, the web layer says it in HTTP).
     */
    static final Set<String> KERNEL = Set.of("models", "domain");

    private static final Path ROOT = Path.of("src", "main", "java", "com", "targetflow");
    private static final Pattern USE =
            Pattern.compile("^import (?:static )?com\\.targetflow\\.(\\w+)\\.[\\w.]+;", Pattern.MULTILINE);

    /** module → module → the first file that makes the use. */
    private final Map<String, Map<String, String>> uses = new TreeMap<>();

    @BeforeAll
    void readTheImports() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = ROOT.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class, which wires everything
                }
                String module = relative.getName(0).toString();
                uses.computeIfAbsent(module, m -> new TreeMap<>());
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(module) && !KERNEL.contains(m.group(1))) {
                        uses.get(module).putIfAbsent(m.group(1), file.toString());
                    }
                }
            }
        }
        assertThat(uses).hasSizeGreaterThan(10);
    }

    @Test
    void everyModuleIsDeclared() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(uses.keySet());
    }

    @Test
    void aModuleUsesOnlyTheModulesItDeclares() {
        List<String> undeclared = new ArrayList<>();
        uses.forEach((module, used) -> used.forEach((other, file) -> {
            if (!ALLOWED.getOrDefault(module, Set.of()).contains(other)) {
                undeclared.add(module + " → " + other + " (" + file + ")");
            }
        }));
        assertThat(undeclared)
                .as("uses not declared in ModuleDependenciesTest.ALLOWED")
                .isEmpty();
    }

    @Test
    void everyDeclaredUseIsMade() {
        List<String> stale = new ArrayList<>();
        ALLOWED.forEach((module, allowed) -> allowed.stream()
                .filter(other -> !uses.getOrDefault(module, Map.of()).containsKey(other))
                .forEach(other -> stale.add(module + " → " + other)));
        assertThat(stale)
                .as("declared but no longer used: take them out of ALLOWED")
                .isEmpty();
    }

    @Test
    void repositoriesAreTheirFeaturesOwn() throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Repository.java")).toList()) {
                if (Files.readString(file).contains("public interface")) {
                    open.add(file.toString());
                }
            }
        }
        assertThat(open)
                .as("public repositories: other features read through the feature's own directory (People, Plans …)")
                .isEmpty();
    }

    @Test
    void noModuleReachesItselfAgain() {
        List<String> cycles = new ArrayList<>();
        for (String start : ALLOWED.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            Set<String> seen = new TreeSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : ALLOWED.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    if (next.equals(start)) {
                        cycles.add(String.join(" → ", longer));
                    } else if (seen.add(next)) {
                        paths.push(longer);
                    }
                }
            }
        }
        assertThat(cycles).as("cycles between modules").isEmpty();
    }

    @Test
    void theReadmeDrawsTheModulesAsDeclared() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String start = "<!-- modules:start -->";
        String end = "<!-- modules:end -->";
        assertThat(readme).contains(start, end);
        String drawn = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end))
                .strip();
        assertThat(drawn)
                .as("the README's module diagram (paste this between the markers)")
                .isEqualTo(diagram());
    }

    /** A Mermaid graph of the declared uses, one line per module. */
    static String diagram() {
        StringBuilder text = new StringBuilder("```mermaid\nflowchart LR\n");
        ALLOWED.forEach((module, allowed) -> {
            if (allowed.isEmpty()) {
                text.append("  ").append(module).append('\n');
            } else {
                text.append("  ")
                        .append(module)
                        .append(" --> ")
                        .append(new TreeSet<>(allowed).stream().collect(Collectors.joining(" & ")))
                        .append('\n');
            }
        });
        return text.append("```").toString();
    }
}
