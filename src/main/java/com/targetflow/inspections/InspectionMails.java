package com.targetflow.inspections;

import com.targetflow.domain.Listed;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mails about inspections: rectification asked of the owning unit; a serious failure told to its leader. */
@Component
@Transactional
class InspectionMails {

    private final InspectionService inspections;
    private final People people;
    private final MailOutbox outbox;
    private final MessageSource messages;

    InspectionMails(InspectionService inspections, People people, MailOutbox outbox, MessageSource messages) {
        this.inspections = inspections;
        this.people = people;
        this.outbox = outbox;
        this.messages = messages;
    }

    void rectificationToUnit(long inspectionId, String taskId) {
        send(inspectionId, PersonRole.SECRETARY_GENERAL, MailKind.RECTIFICATION, taskId);
    }

    void failedToLeaders(long inspectionId) {
        send(inspectionId, PersonRole.UNIT_LEADER, MailKind.INSPECTION_FAILED, null);
    }

    private void send(long inspectionId, PersonRole role, MailKind kind, String taskId) {
        Inspection inspection = inspections.inspection(inspectionId);
        for (Person person :
                people.findByUnitOrderByUsername(inspection.getFacility().getOwner())) {
            if (person.getRole() != role) {
                continue;
            }
            Locale locale = person.getLanguage().locale();
            Map<String, Object> model = new HashMap<>();
            model.put("name", person.getName());
            model.put("facilityName", inspection.getFacility().getName());
            model.put("facilityAddress", inspection.getFacility().getAddress());
            model.put("findings", findings(inspection, locale));
            model.put("remark", inspection.getRemark());
            model.put("rectifyDays", inspection.getRectifyDays());
            model.put(
                    "outcome",
                    inspection.getOutcome() == null
                            ? ""
                            : inspection.getOutcome().name());
            model.put("subjectArgs", new Object[] {inspection.getFacility().getName()});
            outbox.queue(new MailMessage(
                    new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage()),
                    kind,
                    model,
                    null,
                    null,
                    taskId));
        }
    }

    /** The checklist items not met (and a hazard), in words. */
    String findings(Inspection inspection, Locale locale) {
        List<String> found = new ArrayList<>();
        inspection.checklistValues().forEach((item, value) -> {
            boolean problem = Checklist.HAZARD.equals(item)
                    ? Boolean.TRUE.equals(value)
                    : Boolean.FALSE.equals(value) || (value instanceof Number n && n.intValue() <= 0);
            if (problem) {
                found.add(messages.getMessage("inspection.item." + item, null, item, locale));
            }
        });
        return Listed.clausesWritten(found, messages, locale);
    }
}
