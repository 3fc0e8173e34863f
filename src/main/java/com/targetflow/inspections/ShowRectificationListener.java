package com.targetflow.inspections;

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

    ShowRectificationListener(InspectionService inspections, InspectionMails mails, UserLocale userLocale) {
        this.inspections = inspections;
        this.mails = mails;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        Inspection inspection = inspections.inspection(InspectionVariables.inspectionId(task));
        task.setName(task.getName() + "：" + inspection.getFacility().getName());
        task.setVariableLocal("facilityName", inspection.getFacility().getName());
        task.setVariableLocal("facilityAddress", inspection.getFacility().getAddress() == null ? "—"
                : inspection.getFacility().getAddress());
        task.setVariableLocal("findings", mails.findings(inspection, userLocale.current()));
        task.setVariableLocal("remark", inspection.getRemark() == null ? "—" : inspection.getRemark());
        task.setVariableLocal("rectifyDays", inspection.getRectifyDays() == null ? "—" : inspection.getRectifyDays().toString());
        task.setVariableLocal("evidenceLink", "/evidence/tasks/" + task.getId());
    }
}
