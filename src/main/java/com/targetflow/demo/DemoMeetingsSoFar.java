package com.targetflow.demo;

import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingStatus;
import com.targetflow.meetings.MeetingType;
import com.targetflow.models.SecretaryMeetingModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's meetings so far: each one whose day has come is prepared about two weeks before, answered
 * (unit 7 absent, unit 10 sending a deputy, unit 12 not answering) and held and recorded on its day.
 */
@Component
@Profile("demo")
class DemoMeetingsSoFar {

    private static final int ABSENT = 7;
    private static final int DEPUTY = 10;
    private static final int SILENT = 12;

    private final MeetingService meetings;
    private final TaskService tasks;

    DemoMeetingsSoFar(MeetingService meetings, TaskService tasks) {
        this.meetings = meetings;
        this.tasks = tasks;
    }

    void hold(List<DemoAct> acts, DemoTally tally, Meeting meeting) {
        LocalDate day = meeting.getPlannedDate();
        String key = MeetingService.businessKey(meeting.getId());
        acts.add(new DemoAct(DemoDays.workingDays(day.minusDays(16), 0).atTime(10, 0), () -> {
            Task prepare = meetingTask(key, SecretaryMeetingModel.TASK_PREPARE_MEETING);
            if (prepare == null || meeting.getStatus() == MeetingStatus.CANCELLED) {
                return;
            }
            boolean training = meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES;
            tasks.claim(prepare.getId(), "manager");
            tasks.complete(
                    prepare.getId(),
                    Map.of(
                            "meetingDate",
                            day.toString(),
                            "startTime",
                            "09:30",
                            "endTime",
                            "11:30",
                            "place",
                            "区科协三楼会议室",
                            "agenda",
                            "通报各街道目标任务进展；部署下一阶段工作" + (training ? "；业务培训" : ""),
                            "trainingTopic",
                            training ? "社区科普活动组织与宣传" : "",
                            "trainer",
                            training ? "区科协科普部" : "",
                            "invitees",
                            meetings.defaultInvitees(meeting.getType()).stream()
                                    .map(p -> p.getUsername())
                                    .toList()));
        }));
        acts.add(new DemoAct(day.minusDays(6).atTime(11, 0), () -> {
            for (Task reply : tasks.createTaskQuery()
                    .processInstanceBusinessKey(key)
                    .taskDefinitionKey(SecretaryMeetingModel.TASK_REPLY_INVITATION)
                    .list()) {
                int unit = DemoDays.unitNumber(reply.getAssignee());
                if (unit == SILENT) {
                    continue;
                }
                tasks.complete(
                        reply.getId(),
                        unit == ABSENT
                                ? Map.of("reply", "ABSENT", "reason", "同日街道有防汛值班，无法参会")
                                : unit == DEPUTY
                                        ? Map.of("reply", "DEPUTY", "deputyName", "副秘书长 李华")
                                        : Map.of("reply", "ATTEND"));
            }
        }));
        acts.add(new DemoAct(day.atTime(16, 0), () -> {
            Task record = meetingTask(key, SecretaryMeetingModel.TASK_RECORD_MEETING);
            if (record == null) {
                return;
            }
            List<Map<String, Object>> attendance = DemoDays.rows(tasks.getVariableLocal(record.getId(), "attendance"));
            for (Map<String, Object> row : attendance) {
                int unit = DemoDays.unitNumber(String.valueOf(row.get("username")));
                row.put(
                        "attendance",
                        unit == ABSENT || unit == SILENT ? "ABSENT" : unit == DEPUTY ? "DEPUTY" : "PRESENT");
            }
            boolean training = meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES;
            tasks.claim(record.getId(), "manager");
            tasks.complete(
                    record.getId(),
                    Map.of(
                            "attendance",
                            attendance,
                            "minutes",
                            "会议通报了各街道目标任务完成情况，对进度滞后的街道提出督促要求，部署了下一阶段工作。" + (training ? "区科协科普部作社区科普活动组织与宣传培训。" : ""),
                            "trainingDelivered",
                            training,
                            "decisions",
                            "各街道对照目标任务查漏补缺，按时报送季度进展。",
                            "actionItems",
                            List.of()));
            tally.held++;
        }));
    }

    private Task meetingTask(String businessKey, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(key)
                .singleResult();
    }
}
