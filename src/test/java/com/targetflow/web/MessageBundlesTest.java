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

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quotation: "the
     * unit's targets of {0}" would be shown as "the units targets of {0}", the argument never filled in.
     */
    @Test
    void noTextWithArgumentsHasAnApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle).allSatisfy(key -> {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", ""))
                            .as(key + " (write ’ or '')")
                            .doesNotContain("'");
                }
            });
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
