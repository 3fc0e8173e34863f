package com.targetflow.web;

import com.targetflow.domain.InvalidInput;
import com.targetflow.domain.Named;
import com.targetflow.domain.Problem;
import com.targetflow.domain.Refusal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a refused submission for its reader: each problem named the way the form shows the field —
 * by its label and, in a list, by the thing the row is about (完成值（有科普画廊或宣传栏的社区）：…), never
 * by its path — all of them in one sentence.
 */
@Component
public class InputRefusalText {

    private final MessageSource messages;
    private final UserLocale userLocale;

    public InputRefusalText(MessageSource messages, UserLocale userLocale) {
        this.messages = messages;
        this.userLocale = userLocale;
    }

    /** In the language of whoever made the request in hand. */
    public String of(InvalidInput refused) {
        return of(refused, userLocale.current());
    }

    public String of(InvalidInput refused, Locale locale) {
        List<String> problems =
                refused.problems().stream().map(p -> problem(p, locale)).toList();
        return messages.getMessage("task.input.refused", null, locale) + " "
                + String.join(messages.getMessage("task.input.between", null, "; ", locale), problems);
    }

    private String problem(Problem problem, Locale locale) {
        Object[] shown = Refusal.asWritten(problem.args().stream()
                .map(a -> a instanceof Named named ? named.in(locale) : a)
                .toArray());
        String plain = problem.field().replaceAll("\\[\\d+]", "");
        String label =
                messages.getMessage("task.field." + plain, null, plain.substring(plain.lastIndexOf('.') + 1), locale);
        String named = problem.about() == null
                ? label
                : messages.getMessage(
                        "task.input.about", new Object[] {label, problem.about().in(locale)}, locale);
        return messages.getMessage(
                "task.input.problem",
                new Object[] {named, messages.getMessage(problem.key(), shown, problem.key(), locale)},
                locale);
    }
}
