package com.targetflow.inspections;

import com.targetflow.forms.TaskTitles;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.models.InspectFacilityForm;
import com.targetflow.models.ReinspectForm;
import com.targetflow.organisation.Facility;
import com.targetflow.organisation.Language;
import com.targetflow.web.UserLocale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On 现场检查 / 复查: the visit is opened, the facility shown, and the checklist prefilled — all met
 * at a first inspection (the inspector unticks what is wrong), as last time at a re-inspection.
 */
@Component
public class ShowChecklistListener implements TaskListener {

    private final InspectionService inspections;
    private final MessageSource messages;
    private final UserLocale userLocale;
    private final TaskTitles titles;

    ShowChecklistListener(
            InspectionService inspections, MessageSource messages, UserLocale userLocale, TaskTitles titles) {
        this.titles = titles;
        this.inspections = inspections;
        this.messages = messages;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution facilityScope = task.getExecution();
        Inspection previous = facilityScope.hasVariableLocal(InspectionVariables.INSPECTION_ID)
                ? inspections.inspection(InspectionVariables.inspectionId(task))
                : null;
        Inspection visit =
                inspections.openVisit(InspectionVariables.roundId(task), InspectionVariables.facilityId(task));
        Facility facility = visit.getFacility();
        facilityScope.setVariableLocal(InspectionVariables.INSPECTION_ID, visit.getId());
        facilityScope.setVariableLocal(
                InspectionVariables.UNIT_CODE, facility.getOwner().getCode());
        // Declared here, so that the decision's result stays with this facility.
        facilityScope.setVariableLocal(FacilityInspectionModel.VAR_DECISION, null);

        Language language = Language.of(userLocale.current());
        titles.about(task, facility.getName());
        task.setVariableLocal(InspectFacilityForm.FACILITY_NAME, facility.getName());
        task.setVariableLocal(InspectFacilityForm.FACILITY_CODE, facility.getCode());
        task.setVariableLocal(
                InspectFacilityForm.FACILITY_ADDRESS, facility.getAddress() == null ? "—" : facility.getAddress());
        task.setVariableLocal(
                InspectFacilityForm.FACILITY_OWNER, facility.getOwner().displayName(language));
        task.setVariableLocal(
                InspectFacilityForm.FACILITY_KIND_NAME,
                messages.getMessage("facility.kind." + facility.getKind(), null, language.locale()));
        task.setVariableLocal(InspectFacilityForm.SECTION, Checklist.sectionOf(facility.getKind()));
        task.setVariableLocal(InspectFacilityForm.EVIDENCE_LINK, "/evidence/tasks/" + task.getId());
        task.setVariableLocal(
                ReinspectForm.RECTIFICATION_DONE,
                previous == null || previous.getRectification() == null ? "" : previous.getRectification());
        Map<String, Object> last = previous == null ? Map.of() : previous.checklistValues();
        for (String item : Checklist.itemsOf(facility.getKind())) {
            Object value = last.containsKey(item) ? last.get(item) : !"lecturesHeld".equals(item);
            task.setVariableLocal(item, "lecturesHeld".equals(item) && Boolean.TRUE.equals(value) ? null : value);
        }
        task.setVariableLocal(Checklist.HAZARD, false);
        task.setVariableLocal(InspectFacilityForm.REMARK, "");
    }
}
