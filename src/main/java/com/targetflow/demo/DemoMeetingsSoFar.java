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
 * and held and recorded on its day. As in a real year, who stays away, who sends a deputy and who does
 * not answer changes from meeting to meeting, with a reason of the season, and the agenda and minutes
 * follow the year: the plan at its start, then each quarter's progress.
 */
@Component
@Profile("demo")
class DemoMeetingsSoFar {

    /** Who is away at a meeting held in a month (units 1–13), and why; the silent do not answer at all. */
    private record Absences(List<Integer> absent, List<Integer> deputy, List<Integer> silent, String reason) {}

    private static final List<Absences> BY_MONTH = List.of(
            new Absences(List.of(4), List.of(9), List.of(), "街道同日迎接年度考核检查"),
            new Absences(List.of(7), List.of(10, 3), List.of(12), "街道同日开展节后安全生产检查"),
            new Absences(List.of(2, 11), List.of(8), List.of(), "街道同日召开党工委会议"),
            new Absences(List.of(11), List.of(3), List.of(6), "外出参加市科协业务培训"),
            new Absences(List.of(5), List.of(10, 1), List.of(), "街道同日承办科技活动周分会场"),
            new Absences(List.of(9), List.of(1), List.of(13), "街道同日开展防汛演练"),
            new Absences(List.of(3), List.of(12), List.of(), "同日街道有防汛值班"),
            new Absences(List.of(7, 2), List.of(6, 9), List.of(), "同日街道有防汛值班"),
            new Absences(List.of(13), List.of(4), List.of(), "街道同日迎接文明城区测评"),
            new Absences(List.of(1), List.of(10), List.of(8), "街道同日开展节后安全生产检查"),
            new Absences(List.of(12, 6), List.of(5), List.of(), "外出参加市科协年度培训"),
            new Absences(List.of(6), List.of(11, 2), List.of(3), "街道同日召开年度述职会议"));

    /** The deputies a unit sends: its vice secretary-general. */
    private static final List<String> DEPUTIES =
            List.of("王磊", "陈静", "张宁", "赵强", "孙丽", "周洋", "吴芳", "郑杰", "冯涛", "李华", "许卫东", "蒋琳", "沈一帆");

    private final MeetingService meetings;
    private final TaskService tasks;

    DemoMeetingsSoFar(MeetingService meetings, TaskService tasks) {
        this.meetings = meetings;
        this.tasks = tasks;
    }

    void hold(List<DemoAct> acts, DemoTally tally, Meeting meeting) {
        LocalDate day = meeting.getPlannedDate();
        Absences away = BY_MONTH.get(day.getMonthValue() - 1);
        String period = quarterOf(day).period();
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
                            "通报" + period + "；部署下一阶段工作" + (training ? "；业务培训" : ""),
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
                if (away.silent().contains(unit)) {
                    continue;
                }
                tasks.complete(
                        reply.getId(),
                        away.absent().contains(unit)
                                ? Map.of("reply", "ABSENT", "reason", away.reason() + "，无法参会")
                                : away.deputy().contains(unit)
                                        ? Map.of("reply", "DEPUTY", "deputyName", "副秘书长 " + DEPUTIES.get(unit - 1))
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
                        away.absent().contains(unit) || away.silent().contains(unit)
                                ? "ABSENT"
                                : away.deputy().contains(unit) ? "DEPUTY" : "PRESENT");
            }
            boolean training = meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES;
            tasks.claim(record.getId(), "manager");
            tasks.complete(
                    record.getId(),
                    Map.of(
                            "attendance",
                            attendance,
                            "minutes",
                            "会议通报了" + period + "，对进度滞后的街道提出督促要求，部署了下一阶段工作。" + (training ? "区科协科普部作社区科普活动组织与宣传培训。" : ""),
                            "trainingDelivered",
                            training,
                            "decisions",
                            quarterOf(day).decisions(),
                            "actionItems",
                            List.of()));
            tally.held++;
        }));
    }

    /** What a meeting in a quarter reports on, and what it decides: the year's plan at its start, then progress. */
    private record Quarter(String period, String decisions) {}

    private static final List<Quarter> QUARTERS = List.of(
            new Quarter("全年目标任务分解落实情况", "各街道将目标任务分解到社区，3 月底前报送全年工作安排。"),
            new Quarter("第一季度目标任务进展", "各街道对照目标任务查漏补缺，按时报送季度进展。"),
            new Quarter("上半年目标任务完成情况", "进度滞后的街道一周内报送赶进度措施，下次例会通报。"),
            new Quarter("前三季度目标任务完成情况", "各街道 12 月中旬前完成自评，整理年终考核佐证材料。"));

    private static Quarter quarterOf(LocalDate day) {
        return QUARTERS.get((day.getMonthValue() - 1) / 3);
    }

    private Task meetingTask(String businessKey, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(key)
                .singleResult();
    }
}
