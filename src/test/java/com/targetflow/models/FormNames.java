package com.targetflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a Camunda Form uses, read from its JSON: at the top, the fields' keys, the lists' paths,
 * the option lists' valuesKey (also of a list's fields), the variables its texts show ({{name}}, {{#if name}}, {{#loop name}})
 * and those its conditions test (=name …); in each list, its fields' keys and what it reads of a row
 * (this.name, or a bare name inside a loop).
 */
record FormNames(Set<String> top, Map<String, Set<String>> rows) {

    private static final Pattern TEMPLATE =
            Pattern.compile("\\{\\{\\s*(#if\\s+|#loop\\s+)?(this\\.)?([A-Za-z_]\\w*)\\s*\\}\\}");
    private static final Pattern LOOP =
            Pattern.compile("\\{\\{#loop\\s+(\\w+)\\s*\\}\\}(.*?)\\{\\{/loop\\}\\}", Pattern.DOTALL);
    private static final Pattern THIS = Pattern.compile("this\\.(\\w+)");
    private static final Pattern FEEL_NAME = Pattern.compile("\"[^\"]*\"|([A-Za-z_]\\w*)");
    private static final Set<String> FEEL_WORDS =
            Set.of("null", "and", "or", "not", "true", "false", "if", "then", "else", "this");

    static FormNames of(Path form) throws IOException {
        FormNames names = new FormNames(new TreeSet<>(), new HashMap<>());
        names.read(new ObjectMapper().readTree(form.toFile()).path("components"));
        return names;
    }

    private void read(JsonNode components) {
        for (JsonNode component : components) {
            if (component.path("type").asText().equals("dynamiclist")) {
                String path = component.path("path").asText();
                top.add(path);
                Set<String> row = rows.computeIfAbsent(path, p -> new TreeSet<>());
                for (JsonNode field : component.path("components")) {
                    if (field.hasNonNull("key")) {
                        row.add(field.path("key").asText());
                    }
                    if (field.hasNonNull("valuesKey")) {
                        top.add(field.path("valuesKey").asText()); // the options are the task's, not the row's
                    }
                }
                Matcher used = THIS.matcher(component.toString());
                while (used.find()) {
                    row.add(used.group(1));
                }
                continue;
            }
            for (String property : new String[] {"key", "path", "valuesKey"}) {
                if (component.hasNonNull(property)) {
                    top.add(component.path(property).asText());
                }
            }
            if (component.has("text")) {
                readText(component.path("text").asText());
            }
            String hide = component.path("conditional").path("hide").asText("");
            if (hide.startsWith("=")) {
                Matcher name = FEEL_NAME.matcher(hide.substring(1));
                while (name.find()) {
                    if (name.group(1) != null && !FEEL_WORDS.contains(name.group(1))) {
                        top.add(name.group(1));
                    }
                }
            }
            read(component.path("components"));
        }
    }

    private void readText(String text) {
        Matcher loop = LOOP.matcher(text);
        StringBuilder outside = new StringBuilder();
        while (loop.find()) {
            top.add(loop.group(1));
            Set<String> row = rows.computeIfAbsent(loop.group(1), p -> new TreeSet<>());
            Matcher name = TEMPLATE.matcher(loop.group(2));
            while (name.find()) {
                row.add(name.group(3));
            }
            loop.appendReplacement(outside, "");
        }
        loop.appendTail(outside);
        Matcher name = TEMPLATE.matcher(outside);
        while (name.find()) {
            if (name.group(2) == null) {
                top.add(name.group(3));
            }
        }
    }
}
