package com.targetflow.notification;

import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.Unit;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Tells a unit what the district decided about its work — its targets issued, its objection resolved,
 * its report approved, its action item accepted — by one mail to each of its secretaries-general, who do
 * its work (as a returned report is told), in their own language: a sentence, the lines it concerns, and
 * the task to open. Queued in the caller's transaction: told if and only if it happened.
 * A person who chose a digest (待办汇总) gets it there, with their open work, instead of one mail more.
 */
@Component
public class UnitOutcomeMail {

    private final People people;
    private final MailOutbox outbox;
    private final NotificationProperties links;
    private final DigestNewsRepository news;
    private final MailTemplates templates;
    private final Clock clock;

    UnitOutcomeMail(
            People people,
            MailOutbox outbox,
            NotificationProperties links,
            DigestNewsRepository news,
            MailTemplates templates,
            Clock clock) {
        this.people = people;
        this.outbox = outbox;
        this.links = links;
        this.news = news;
        this.templates = templates;
        this.clock = clock;
    }

    /** The sentence and the lines are written for each reader's language; taskId names the task to open, or null. */
    public void tell(
            Unit unit,
            MailKind kind,
            Function<Language, String> intro,
            Function<Language, List<String>> lines,
            Object[] subjectArgs,
            String taskId) {
        for (Person person : people.findByUnitOrderByUsername(unit)) {
            if (person.getRole() != PersonRole.SECRETARY_GENERAL) {
                continue;
            }
            Language language = person.getLanguage();
            if (person.getDigest() != DigestFrequency.OFF) {
                String headline = templates.subject(kind, subjectArgs, language.locale());
                String body = intro.apply(language) + "\n" + String.join("\n", lines.apply(language));
                news.save(new DigestNews(
                        person.getUsername(),
                        kind,
                        headline,
                        body.length() > 8000 ? body.substring(0, 7999) + "…" : body,
                        taskId,
                        clock.instant()));
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("name", person.getName());
            model.put("unitName", unit.displayName(language));
            model.put("intro", intro.apply(language));
            model.put("lines", lines.apply(language));
            model.put("workbenchLink", links.link("/"));
            model.put("subjectArgs", subjectArgs);
            outbox.queue(new MailMessage(
                    new MailMessage.Recipient(person.getUsername(), person.getEmail(), language),
                    kind,
                    model,
                    null,
                    null,
                    taskId));
        }
    }
}
