package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The small rules of the source tree, kept by the build: no wildcard imports, imports in one
 * (lexicographic) order, no fully qualified names inline where an import would do, the district's
 * zone and a meeting's business key written in one place each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceStyleTest {

    private static final Pattern IMPORT =
            Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+|\\*);$", Pattern.MULTILINE);
    private static final Pattern INLINE_NAME =
            Pattern.compile("(?<![\\w.])((?:java|javax|jakarta|org|com)(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");

    private final Map<Path, String> sources = new HashMap<>();

    @BeforeAll
    void readTheTree() throws IOException {
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file, Files.readString(file));
                }
            }
        }
        assertThat(sources).hasSizeGreaterThan(300);
    }

    @Test
    void importsAreNamedOneByOneAndInOrder() {
        List<String> problems = new ArrayList<>();
        sources.forEach((file, text) -> {
            List<String> plain = new ArrayList<>();
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                if (m.group(3).equals("*") && m.group(1) == null) {
                    problems.add(file + ": wildcard import " + m.group(2) + ".*");
                }
                if (m.group(1) == null) {
                    plain.add(m.group(2) + "." + m.group(3));
                }
            }
            List<String> sorted = plain.stream().sorted().toList();
            if (!plain.equals(sorted)) {
                problems.add(file + ": imports out of order");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void typesAreImportedNotSpelledOutInline() {
        List<String> problems = new ArrayList<>();
        sources.forEach((file, text) -> {
            Map<String, String> imported = new HashMap<>();
            Matcher im = IMPORT.matcher(text);
            int codeFrom = 0;
            while (im.find()) {
                if (im.group(1) == null) {
                    imported.put(im.group(3), im.group(2) + "." + im.group(3));
                }
                codeFrom = im.end();
            }
            String code = codeOnly(text.substring(codeFrom));
            Matcher m = INLINE_NAME.matcher(code);
            while (m.find()) {
                String full = m.group(1) + "." + m.group(2);
                String other = imported.get(m.group(2));
                // Spelled out because another type of the same simple name is imported: the one allowed case.
                if (other == null || other.equals(full)) {
                    problems.add(file + ": " + full);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theDistrictsZoneAndAMeetingsKeyAreWrittenOnce() {
        assertThat(sources.entrySet())
                .filteredOn(e -> e.getKey().startsWith("src/main/java"))
                .filteredOn(e -> e.getValue().contains("ZoneId.of(\"Asia/Shanghai\")"))
                .extracting(e -> e.getKey().getFileName().toString())
                .containsExactly("DistrictZone.java");
        Pattern meetingKey = Pattern.compile("\"meeting-\" \\+ (?!UUID)");
        assertThat(sources.entrySet())
                .filteredOn(e -> e.getKey().startsWith("src/main/java"))
                .filteredOn(e -> meetingKey.matcher(e.getValue()).find())
                .extracting(e -> e.getKey().getFileName().toString())
                .containsExactly("MeetingService.java");
    }

    /** The text with string literals, text blocks and comments blanked out, so only code is searched. */
    static String codeOnly(String text) {
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                char quote = text.charAt(i);
                int j = i + 1;
                while (j < n && text.charAt(j) != quote) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                code.append(text.charAt(i));
                i++;
                continue;
            }
            code.append(' ');
        }
        return code.toString();
    }
}
