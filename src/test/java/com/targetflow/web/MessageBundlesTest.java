package com.targetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The app's own texts exist in both languages, key for key. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(key -> {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        });
        assertThat(zh.getProperty("login.title")).isEqualTo("登录");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
