package com.targetflow.inspections;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 整改's creation: the owning unit's secretary-general is told by mail, with a link to the task. */
@Component
public class MailRectificationListener implements TaskListener {

    private final InspectionMails mails;

    MailRectificationListener(InspectionMails mails) {
        this.mails = mails;
    }

    @Override
    public void notify(DelegateTask task) {
        mails.rectificationToUnit(InspectionVariables.inspectionId(task), task.getId());
    }
}
