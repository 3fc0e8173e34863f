package com.targetflow.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from templates/mail/{kind}.html and .txt in the recipient's language; the
 * subject is the message mail.subject.{KIND} with the model's "subjectArgs".
 */
@Component
class MailTemplates {

    private final ITemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;
    private final NotificationProperties properties;

    MailTemplates(ITemplateEngine html, MessageSource messages, NotificationProperties properties) {
        this.html = html;
        this.messages = messages;
        this.properties = properties;
        // A second engine for the plain-text parts; Spring's, so that its expressions are SpEL as in the HTML ones.
        this.text = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        this.text.setTemplateResolver(resolver);
        this.text.setTemplateEngineMessageSource(messages);
    }

    RenderedMail render(MailMessage message) {
        var locale = message.recipient().language().locale();
        Map<String, Object> model = new HashMap<>(message.model());
        model.put("kind", message.kind().name());
        model.put("homeLink", properties.link("/"));
        if (message.taskId() != null) {
            model.put("taskLink", properties.taskLink(message.taskId()));
        }
        Context context = new Context(locale, model);
        Object[] subjectArgs = (Object[]) model.getOrDefault("subjectArgs", new Object[0]);
        return new RenderedMail(
                subject(message.kind(), subjectArgs, locale),
                text.process(message.kind().template(), context),
                html.process("mail/" + message.kind().template(), context));
    }

    /** A mail's subject (mail.subject.{KIND}); also the headline of an outcome kept for a digest. */
    String subject(MailKind kind, Object[] args, Locale locale) {
        return messages.getMessage("mail.subject." + kind.name(), args, locale);
    }
}
