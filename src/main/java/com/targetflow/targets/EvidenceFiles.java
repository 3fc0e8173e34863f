package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence as its readers see it — a report's, an action item's or an inspection visit's files, one
 * file, the files under review — each for whoever may see the unit they belong to. Attaching and
 * removing them is EvidenceService's, through the task they are attached to.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceFiles {

    private static final String REVIEW_REPORT_TASK = UnitTargetsModel.TASK_REVIEW_REPORT;
    private static final String REVIEW_ACTION_ITEM_TASK = SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM;

    private final EvidenceRepository evidence;
    private final ReportRepository reports;
    private final TaskService tasks;
    private final ActionItemUnits actionItemUnits;

    EvidenceFiles(
            EvidenceRepository evidence, ReportRepository reports, TaskService tasks, ActionItemUnits actionItemUnits) {
        this.evidence = evidence;
        this.reports = reports;
        this.tasks = tasks;
        this.actionItemUnits = actionItemUnits;
    }

    /** The photos of an inspection visit (the inspector's and the unit's rectification), for whoever may see the facility's unit. */
    public List<Evidence> ofInspection(long inspectionId, Predicate<String> visibleUnit) {
        List<Evidence> files = evidence.findByInspectionIdOrderById(inspectionId);
        if (files.stream().anyMatch(f -> !visibleUnit.test(f.getUnit().getCode()))) {
            throw Refusal.forbidden();
        }
        return files;
    }

    /** The files behind an action item, for whoever may see the unit it was given to. */
    public List<Evidence> ofActionItem(long actionItemId, Predicate<String> visibleUnit) {
        // Asked of the item, not of its files: an item without files yet is refused to another unit too.
        String unitCode = actionItemUnits
                .unitCodeOf(actionItemId)
                .orElseThrow(() -> Refusal.notFound("error.evidence.action-item.not-found", actionItemId));
        if (!visibleUnit.test(unitCode)) {
            throw Refusal.forbidden();
        }
        return evidence.findByActionItemIdOrderById(actionItemId);
    }

    /** Whether a task of this kind reviews files a unit attached (审核进展, 审核交办事项). */
    public static boolean reviewsEvidence(String taskKey) {
        return REVIEW_REPORT_TASK.equals(taskKey) || REVIEW_ACTION_ITEM_TASK.equals(taskKey);
    }

    /**
     * The files a reviewer looks at while this review task is open: the report's round for 审核进展, the
     * item's for 审核交办事项. The caller has already been let see the task (see reviewsEvidence).
     */
    public List<Evidence> underReview(String taskId, String taskKey, Predicate<String> visibleUnit) {
        if (REVIEW_REPORT_TASK.equals(taskKey)) {
            long reportId = ((Number) tasks.getVariable(taskId, UnitProcessVariables.REPORT_ID)).longValue();
            return ofReport(reportId, visibleUnit);
        }
        long actionItemId = ((Number) tasks.getVariable(taskId, "actionItemId")).longValue();
        return ofActionItem(actionItemId, visibleUnit);
    }

    /** Whose report and which round, for the heading of its evidence page: read inside the transaction. */
    public record ReportHeading(String unitName, int year, int round) {}

    public ReportHeading headingOfReport(long reportId, Predicate<String> visibleUnit, Language language) {
        ProgressReport report = visibleReport(reportId, visibleUnit);
        return new ReportHeading(
                report.getUnit().displayName(language), report.getPlan().getYear(), report.getRound());
    }

    /** The files behind a submitted report: those of its round. */
    public List<Evidence> ofReport(long reportId, Predicate<String> visibleUnit) {
        ProgressReport report = visibleReport(reportId, visibleUnit);
        return evidence.findByPlanAndUnitAndRoundOrderById(report.getPlan(), report.getUnit(), report.getRound());
    }

    /** A report whose unit this reader may see; any other is answered as not found. */
    private ProgressReport visibleReport(long reportId, Predicate<String> visibleUnit) {
        return reports.findById(reportId)
                .filter(r -> visibleUnit.test(r.getUnit().getCode()))
                .orElseThrow(() -> Refusal.notFound("error.evidence.report.not-found", reportId));
    }

    /** A file for whoever may see its unit's work; anyone else is refused. */
    public Evidence file(long id, Predicate<String> visibleUnit) {
        Evidence file = evidence.findById(id).orElseThrow(() -> Refusal.notFound("error.evidence.not-found", id));
        if (!visibleUnit.test(file.getUnit().getCode())) {
            throw Refusal.forbidden();
        }
        file.getContent();
        return file;
    }
}
