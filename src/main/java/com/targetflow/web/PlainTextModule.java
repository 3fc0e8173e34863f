package com.targetflow.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Text sent to the app's API may not carry control characters (NUL and the like; tabs and line
 * breaks are fine): nobody types them, PostgreSQL refuses NUL outright, and they hide text in
 * pages and Excel exports. Spring Boot adds every Jackson module bean to its ObjectMapper.
 */
@Component
class PlainTextModule extends SimpleModule {

    PlainTextModule() {
        super("plain-text");
        addDeserializer(String.class, new PlainText());
    }

    /** Thrown for a text with a control character; the API names the field. */
    static final class ControlCharacter extends JsonMappingException {
        ControlCharacter(JsonParser parser) {
            super(parser, "control character in text");
        }
    }

    private static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasControlCharacter(text)) {
                throw new ControlCharacter(parser);
            }
            return text;
        }

        private static boolean hasControlCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                    return true;
                }
            }
            return false;
        }
    }
}
