package com.targetflow.demo;

import com.targetflow.inspections.InspectionScope;
import com.targetflow.inspections.InspectionService;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.organisation.FacilityKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's inspection round of the six weeks before today (see {@link #inspect}). */
@Component
@Profile("demo")
class DemoInspectionSoFar {

    private final InspectionService inspections;
    private final TaskService tasks;

    DemoInspectionSoFar(InspectionService inspections, TaskService tasks) {
        this.inspections = inspections;
        this.tasks = tasks;
    }

    /**
     * A round of a fifth of the galleries over the six weeks before today: most pass; one fails early on and
     * is rectified and passes its re-inspection; four fail on days chosen so that today their rectification
     * stands on each step of the ladder — about to be due (提醒), just overdue (催办), overdue long enough for
     * 督办, and long enough for the district's leaders to be told.
     */
    void inspect(List<DemoAct> acts, DemoTally tally, int year, LocalDateTime until) {
        LocalDate today = until.toLocalDate();
        LocalDate start = DemoDays.workingDays(today.minusDays(45), 0);
        if (start.isBefore(LocalDate.of(year, 3, 1))) {
            return;
        }
        long[] roundId = {0};
        acts.add(new DemoAct(
                start.atTime(9, 30),
                () -> roundId[0] = inspections
                        .start(
                                new InspectionService.RoundRequest(
                                        FacilityKind.GALLERY,
                                        InspectionScope.SAMPLE,
                                        null,
                                        20,
                                        "inspector",
                                        today.plusDays(20)),
                                "manager")
                        .getId()));
        Map<String, Object> pass = Map.of();
        Map<String, Object> broken = Map.of("boardIntact", false, "remark", "展板破损两块，需更换");
        Map<String, Object> stale = Map.of("contentUpdated", false, "remark", "展示内容仍为上一季度的，须更新");
        List<Map.Entry<LocalDate, Map<String, Object>>> visits = new ArrayList<>();
        visits.add(Map.entry(DemoDays.workingDays(start, 1), broken));
        for (LocalDate failed :
                List.of(today.minusDays(28), today.minusDays(14), today.minusDays(10), today.minusDays(5))) {
            visits.add(Map.entry(DemoDays.workingDays(failed, 0), stale));
        }
        for (int n = 0; n < 17; n++) {
            visits.add(Map.entry(DemoDays.workingDays(start, 2 + n), pass));
        }
        for (Map.Entry<LocalDate, Map<String, Object>> visit : visits) {
            acts.add(new DemoAct(visit.getKey().atTime(10, visits.indexOf(visit) % 60), () -> {
                List<Task> open = tasks.createTaskQuery()
                        .processInstanceBusinessKey("inspection-round-" + roundId[0])
                        .taskDefinitionKey(FacilityInspectionModel.TASK_INSPECT_FACILITY)
                        .orderByTaskId()
                        .asc()
                        .list();
                if (!open.isEmpty()) {
                    tasks.claim(open.get(0).getId(), "inspector");
                    tasks.complete(open.get(0).getId(), visit.getValue());
                    tally.visits++;
                }
            }));
        }
        LocalDate rectified = DemoDays.workingDays(start, 4);
        acts.add(new DemoAct(rectified.atTime(15, 0), () -> {
            List<Task> rectify = tasks.createTaskQuery()
                    .processInstanceBusinessKey("inspection-round-" + roundId[0])
                    .taskDefinitionKey(FacilityInspectionModel.TASK_RECTIFY)
                    .orderByTaskCreateTime()
                    .asc()
                    .listPage(0, 1);
            for (Task task : rectify) {
                tasks.complete(task.getId(), Map.of("rectification", "已更换破损展板两块，并补充了本季度科普内容。"));
                tally.rectifications++;
            }
        }));
        acts.add(new DemoAct(DemoDays.workingDays(rectified, 2).atTime(10, 30), () -> {
            for (Task task : tasks.createTaskQuery()
                    .processInstanceBusinessKey("inspection-round-" + roundId[0])
                    .taskDefinitionKey(FacilityInspectionModel.TASK_REINSPECT)
                    .list()) {
                tasks.claim(task.getId(), "inspector");
                tasks.complete(task.getId(), Map.of("boardIntact", true, "contentUpdated", true, "remark", "整改到位"));
            }
        }));
    }
}
