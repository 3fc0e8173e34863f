package com.targetflow.targets;

import com.targetflow.forms.Completer;
import com.targetflow.forms.ReturnNote;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.AnnualPlanModel;
import com.targetflow.models.ReviewReportForm;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.UnitOutcomeMail;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Units;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing 审核进展: approve (reportApproved = true) or return with comments. An approved
 * report closes the round: the process's "round" counts the approved rounds.
 */
@Component
public class ReviewReportListener implements TaskListener {

    private final UnitTargetsService service;
    private final IdentityService identity;
    private final Units units;
    private final UnitOutcomeMail mail;
    private final MessageSource messages;
    private final ReturnReasons reasons;

    ReviewReportListener(
            UnitTargetsService service,
            IdentityService identity,
            Units units,
            UnitOutcomeMail mail,
            MessageSource messages,
            ReturnReasons reasons) {
        this.service = service;
        this.identity = identity;
        this.units = units;
        this.mail = mail;
        this.messages = messages;
        this.reasons = reasons;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        Boolean approve =
                input.yesOrNo(ReviewReportForm.REPORT_APPROVED, task.getVariable(ReviewReportForm.REPORT_APPROVED));
        List<ReportReviewed.Comment> comments = comments(input, Submitted.value(task, ReviewReportForm.COMMENTS));
        input.check();
        boolean approved = service.reviewReport(
                new ReportReviewed(
                        UnitProcessVariables.reportId(task), approve, comments, Completer.of(task, identity)),
                input.problems());
        if (!approved) {
            // The note stays in the task's history, read by all: written once, the way the district writes.
            ReturnNote.write(task, reasons.of(UnitProcessVariables.reportId(task), Language.ZH.locale()));
        }
        task.getExecution().removeVariable(ReviewReportForm.COMMENTS);
        task.getExecution().setVariable(ReviewReportForm.REPORT_APPROVED, approved);
        if (approved) {
            int quarter = UnitProcessVariables.round(task) + 1;
            task.getExecution().setVariable(UnitTargetsModel.VAR_ROUND, quarter);
            // Approved is an outcome too: the unit is told (a returned report is told by its new task).
            String year = String.valueOf(task.getVariable(AnnualPlanModel.VAR_YEAR));
            mail.tell(
                    units.findByCode(UnitProcessVariables.unitCode(task)).orElseThrow(),
                    MailKind.REPORT_APPROVED,
                    language -> messages.getMessage(
                            "outcome.approved.intro",
                            new Object[] {year, messages.getMessage("quarter." + quarter, null, language.locale())},
                            language.locale()),
                    language -> List.of(),
                    new Object[] {year, String.valueOf(quarter)},
                    null);
        }
    }

    private static List<ReportReviewed.Comment> comments(TaskInput input, Object submitted) {
        return input.eachRow(
                ReviewReportForm.COMMENTS,
                submitted,
                (row, path) -> new ReportReviewed.Comment(
                        SubmittedRows.code(row), input.text(path + "comment", row.get("comment"), false, 1000)));
    }
}
