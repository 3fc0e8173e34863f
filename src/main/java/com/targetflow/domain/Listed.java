package com.targetflow.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Several things named in one message, joined the reader's way — 甲、乙、丙 in Chinese, "a, b, c" in
 * English — by the bundles' pair text ({@code text.list}, {@code text.clauses}), so that a rule can
 * name them without writing punctuation. A message source resolves it as an argument of any message
 * (and nested, pair by pair), whoever writes that message.
 */
public record Listed(String code, List<?> items) implements MessageSourceResolvable {

    public Listed {
        items = List.copyOf(items);
    }

    /** A list of things, as an argument: nothing ("—"), the one thing itself, or the things joined. */
    public static Object of(List<?> items) {
        return of("text.list", items);
    }

    /** Sentences or findings, joined as clauses (；). */
    public static Object clauses(List<?> items) {
        return of("text.clauses", items);
    }

    /** The things joined as a text of its own, in the given language. */
    public static String written(List<?> items, MessageSource messages, Locale locale) {
        return written(of(items), messages, locale);
    }

    /** The sentences joined as a text of its own, in the given language. */
    public static String clausesWritten(List<?> items, MessageSource messages, Locale locale) {
        return written(clauses(items), messages, locale);
    }

    private static String written(Object joined, MessageSource messages, Locale locale) {
        return joined instanceof Listed listed ? messages.getMessage(listed, locale) : String.valueOf(joined);
    }

    private static Object of(String code, List<?> items) {
        return switch (items.size()) {
            case 0 -> "—";
            case 1 -> items.get(0);
            default -> new Listed(code, items);
        };
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    /** The first thing, and the rest joined in turn. */
    @Override
    public Object[] getArguments() {
        List<?> rest = items.subList(1, items.size());
        return new Object[] {items.get(0), rest.size() == 1 ? rest.get(0) : new Listed(code, rest)};
    }

    @Override
    public String getDefaultMessage() {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
