package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parse at the edge: a task's listener (or a controller) reads a submission into a command, and the
 * feature's service takes the command and refuses with a domain exception (Refusal, InvalidInput).
 * So a service neither reads raw form values nor knows who reads its refusals: no Object parameter,
 * no form reader, no HTTP status, no reader's language, no message bundle.
 */
class CommandsAtTheEdgeTest {

    private static final Path ROOT = Path.of("src", "main", "java", "com", "targetflow");

    /** What the web layer and the listeners know, and a service must not. */
    private static final List<String> EDGE_ONLY = List.of(
            "import com.targetflow.forms.TaskInput;",
            "import com.targetflow.forms.Submitted;",
            "import com.targetflow.web.UserLocale;",
            "import org.springframework.context.MessageSource;",
            "import org.springframework.http.HttpStatus;",
            "import org.springframework.http.ResponseEntity;");

    @Test
    void servicesKnowNeitherTheFormNorTheReader() throws IOException {
        Set<String> knowing = new TreeSet<>();
        for (Path file : services()) {
            String source = Files.readString(file);
            EDGE_ONLY.stream().filter(source::contains).forEach(line -> knowing.add(name(file) + ": " + line));
        }
        assertThat(knowing)
                .as("services reading forms or writing for a reader: move that to the listener or the web layer")
                .isEmpty();
    }

    @Test
    void servicesTakeCommandsNotRawValues() throws Exception {
        Set<String> raw = new TreeSet<>();
        for (Path file : services()) {
            Class<?> service = Class.forName("com.targetflow." + name(file).replace('/', '.'));
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && Stream.of(method.getParameterTypes()).anyMatch(Object.class::equals)
                        // Spring's AOP interface: the guard around engine services, not a use case.
                        && !method.getName().equals("invoke")) {
                    raw.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(raw)
                .as("service methods taking raw form values: read them into a command at the edge")
                .isEmpty();
    }

    @Test
    void thereAreServicesToCheck() throws IOException {
        assertThat(services()).hasSizeGreaterThan(8);
    }

    private static List<Path> services() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Service.java"))
                    .sorted()
                    .toList();
        }
    }

    private static String name(Path file) {
        String relative = ROOT.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".java".length());
    }
}
