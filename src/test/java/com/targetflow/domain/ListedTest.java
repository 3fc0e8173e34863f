package com.targetflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Lists and clauses are joined by the bundles, the reader's way, wherever they are an argument. */
class ListedTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aListIsJoinedTheReadersWay() {
        assertThat(Listed.written(List.of("张三", "李四", "王五"), messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("张三、李四、王五");
        assertThat(Listed.written(List.of("a", "b", "c"), messages, Locale.ENGLISH))
                .isEqualTo("a, b, c");
        assertThat(Listed.clausesWritten(List.of("一", "二"), messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("一；二");
        assertThat(Listed.written(List.of("only"), messages, Locale.ENGLISH)).isEqualTo("only");
        assertThat(Listed.written(List.of(), messages, Locale.ENGLISH)).isEqualTo("—");
    }

    @Test
    void aListInARefusalIsJoinedWhereTheRefusalIsWritten() {
        Refusal refused =
                Refusal.conflict("active", "error.unit.deactivate.people", "东城街道科协", Listed.of(List.of("张三", "李四")));
        assertThat(messages.getMessage(refused.messageKey(), refused.args(), Locale.SIMPLIFIED_CHINESE))
                .contains("在岗人员：张三、李四。");
        assertThat(messages.getMessage(refused.messageKey(), refused.args(), Locale.ENGLISH))
                .contains("active people: 张三, 李四.");
    }
}
