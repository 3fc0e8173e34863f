package com.targetflow.security;

import com.targetflow.web.EngineApiRefusal;
import com.targetflow.web.UserLocale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;

/** Builds the guard's refusals in the caller's language. */
final class EngineRefusals {

    private final MessageSource messages;
    private final ObjectProvider<UserLocale> locale;

    EngineRefusals(MessageSource messages, ObjectProvider<UserLocale> locale) {
        this.messages = messages;
        this.locale = locale;
    }

    EngineApiRefusal forbidden(String key, Object... args) {
        return new EngineApiRefusal(
                messages.getMessage(key, args, key, locale.getObject().current()));
    }
}
