package com.targetflow.targets;

import com.targetflow.forms.TaskInput;
import com.targetflow.models.ConfirmTargetsForm;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 确认目标: the unit accepts its targets (targetsAccepted = true) or objects to some
 * of them (targetsAccepted = false, with "objections"). The objections go to our tables; the
 * process keeps only the decision.
 */
@Component
public class ConfirmTargetsListener implements TaskListener {

    private final UnitTargetsService service;

    ConfirmTargetsListener(UnitTargetsService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = UnitProcessVariables.planId(task);
        String unitCode = UnitProcessVariables.unitCode(task);
        TaskInput input = new TaskInput();
        Boolean accepted = input.yesOrNo(
                ConfirmTargetsForm.TARGETS_ACCEPTED, task.getVariable(ConfirmTargetsForm.TARGETS_ACCEPTED));
        input.check();
        // Objections are read only from a unit that objects: an accepting form may still carry a hidden list.
        List<TargetsAnswered.Objection> objections = accepted
                ? List.of()
                : input.eachRow(
                        ConfirmTargetsForm.OBJECTIONS,
                        task.getVariable(ConfirmTargetsForm.OBJECTIONS),
                        (row, path) -> new TargetsAnswered.Objection(
                                SubmittedRows.code(row),
                                input.amount(
                                        path + ConfirmTargetsForm.Objections.PROPOSED_QUOTA,
                                        row.get(ConfirmTargetsForm.Objections.PROPOSED_QUOTA)),
                                input.text(
                                        path + ConfirmTargetsForm.Objections.REASON,
                                        row.get(ConfirmTargetsForm.Objections.REASON),
                                        true,
                                        1000)));
        service.answer(new TargetsAnswered(planId, unitCode, accepted, objections), input.problems());
        task.getExecution().removeVariable(ConfirmTargetsForm.OBJECTIONS);
        task.getExecution().setVariable(ConfirmTargetsForm.TARGETS_ACCEPTED, accepted);
    }
}
