package com.targetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of each webapp's en.json (from the 7.24 jar) has a Chinese text in our zh.json. */
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void zhJsonTranslatesEveryKeyOfEnJson(String app) throws IOException {
        String base = "META-INF/resources/webjars/camunda/app/" + app + "/";
        JsonNode en = read(base + "locales/en.json");
        JsonNode zh = read(base + "locales/zh.json");
        List<String> problems = new ArrayList<>();
        compare(en, zh, "", problems);
        assertThat(problems).as(app + " zh.json").isEmpty();
        assertThat(leaves(zh))
                .as("some texts really are Chinese")
                .anyMatch(text ->
                        text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        String config = new String(resource(base + "scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config).contains("availableLocales: ['zh'");
    }

    private static void compare(JsonNode en, JsonNode zh, String path, List<String> problems) {
        if (en.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = en.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = zh == null ? null : zh.get(field.getKey());
                if (other == null) {
                    problems.add("missing " + path + "." + field.getKey());
                } else {
                    compare(field.getValue(), other, path + "." + field.getKey(), problems);
                }
            }
        } else if (en.isArray()) {
            if (!zh.isArray() || zh.size() != en.size()) {
                problems.add("array differs " + path);
                return;
            }
            for (int i = 0; i < en.size(); i++) {
                compare(en.get(i), zh.get(i), path + "[" + i + "]", problems);
            }
        } else if (en.isNumber()) {
            // moment's week settings (dow, doy) are numbers, the same in every locale's file
            if (!zh.isNumber()) {
                problems.add("not a number " + path);
            }
        } else if (!zh.isTextual() || zh.asText().isBlank()) {
            problems.add("empty " + path);
        }
    }

    private static List<String> leaves(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isContainerNode()) {
            node.forEach(child -> texts.addAll(leaves(child)));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = resource(path)) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
