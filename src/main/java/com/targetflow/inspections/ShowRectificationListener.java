package com.targetflow.inspections;

import com.targetflow.forms.TaskTitles;
import com.targetflow.models.RectifyForm;
import com.targetflow.web.UserLocale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 整改 (and on 督办): what was found, how many days are allowed, where to attach photos. */
@Component
public class ShowRectificationListener implements TaskListener {

    private final InspectionService inspections;
    private final InspectionMails mails;
    private final UserLocale userLocale;
    private final TaskTitles titles;

    ShowRectificationListener(
            InspectionService inspections, InspectionMails mails, UserLocale userLocale, TaskTitles titles) {
        this.titles = titles;
        this.inspections = inspections;
        this.mails = mails;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        Inspection inspection = inspections.inspection(InspectionVariables.inspectionId(task));
        titles.about(task, inspection.getFacility().getName());
        task.setVariableLocal(
                RectifyForm.FACILITY_NAME, inspection.getFacility().getName());
        task.setVariableLocal(
                RectifyForm.FACILITY_ADDRESS,
                inspection.getFacility().getAddress() == null
                        ? "—"
                        : inspection.getFacility().getAddress());
        task.setVariableLocal(RectifyForm.FINDINGS, mails.findings(inspection, userLocale.current()));
        task.setVariableLocal(RectifyForm.REMARK, inspection.getRemark() == null ? "—" : inspection.getRemark());
        task.setVariableLocal(
                RectifyForm.RECTIFY_DAYS,
                inspection.getRectifyDays() == null
                        ? "—"
                        : inspection.getRectifyDays().toString());
        task.setVariableLocal(RectifyForm.EVIDENCE_LINK, "/evidence/tasks/" + task.getId());
    }
}
