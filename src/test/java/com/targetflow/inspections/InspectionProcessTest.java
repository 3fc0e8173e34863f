package com.targetflow.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetflow.DemoDistrictTest;
import com.targetflow.calendar.WorkingDays;
import com.targetflow.domain.Refusal;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.models.InspectionScheduleModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.SentMails;
import com.targetflow.organisation.Facilities;
import com.targetflow.organisation.Facility;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.FacilityStatus;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.People;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.organisation.PersonRole;
import com.targetflow.targets.IndicatorFeed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.TemporalUnitOffset;
import org.assertj.core.data.TemporalUnitWithinOffset;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * facility-inspection, path by path, in the demo district: all pass; a damaged board rectified and
 * passed on re-inspection; two failed re-inspections escalated; a hazard told to the unit leader;
 * a 10% sample; the indicators after a round; another unit kept out.
 */
@DemoDistrictTest
class InspectionProcessTest {

    @Autowired
    InspectionService inspections;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Facilities facilities;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    SentMails mails;

    @Autowired
    List<IndicatorFeed> feeds;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    People people;

    @Autowired
    OrganisationRegister register;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ManagementService management;

    @Autowired
    InspectionRoundRepository rounds;

    @Test
    void aDamagedBoardIsRectifiedAndPassesItsReinspection() {
        String round = startGalleryRound("SD01");
        List<Task> visits = inspectorTasks(round, FacilityInspectionModel.TASK_INSPECT_FACILITY);
        assertThat(visits)
                .hasSize(galleriesOf("SD01").size())
                .allSatisfy(t -> assertThat(t.getName()).startsWith("现场检查："));
        Task damaged = visits.get(0);
        for (Task visit : visits.subList(1, visits.size())) {
            tasks.complete(visit.getId());
        }
        tasks.complete(damaged.getId(), Map.of("boardIntact", false, "remark", "面板玻璃破裂"));

        Task rectify = tasks.createTaskQuery()
                .processInstanceId(round)
                .taskDefinitionKey(FacilityInspectionModel.TASK_RECTIFY)
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(rectify.getId()))
                .extracting(l -> l.getGroupId())
                .contains("SD01");
        Inspection first =
                inspections.inspection(((Number) tasks.getVariable(rectify.getId(), "inspectionId")).longValue());
        assertThat(first.getOutcome()).isEqualTo(InspectionOutcome.RECTIFY);
        assertThat(first.getRectifyDays()).isEqualTo(7);
        // Seven days after the inspection, moved to a working day when that is a weekend or a holiday.
        var sevenDaysOn = first.getInspectedAt().plus(7, ChronoUnit.DAYS).atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(rectify.getDueDate().toInstant())
                .isCloseTo(
                        workingDays
                                .onOrAfter(sevenDaysOn.toLocalDate())
                                .atTime(sevenDaysOn.toLocalTime())
                                .atZone(sevenDaysOn.getZone())
                                .toInstant(),
                        within());
        assertThat(tasks.getVariableLocal(rectify.getId(), "findings").toString())
                .contains("画廊（宣传栏）完好");
        assertThat(mails.findAll()).anySatisfy(m -> {
            assertThat(m.getKind()).isEqualTo(MailKind.RECTIFICATION);
            assertThat(m.getRecipientUsername()).isEqualTo("street01");
            assertThat(m.getTaskId()).isEqualTo(rectify.getId());
        });
        Facility board = facility(first);
        assertThat(board.getStatus()).isEqualTo(FacilityStatus.RECTIFYING);
        // Sub-district 2 neither sees nor can complete sub-district 1's rectification.
        assertThat(http.withBasicAuth("street02", "demo")
                        .getForObject("/engine-rest/task?taskDefinitionKey=Task_Rectify", String.class))
                .doesNotContain(rectify.getId());
        assertThat(http.withBasicAuth("street02", "demo")
                        .postForEntity(
                                "/engine-rest/task/" + rectify.getId() + "/complete",
                                Map.of("variables", Map.of()),
                                String.class)
                        .getStatusCode()
                        .is4xxClientError())
                .isTrue();
        assertThat(http.withBasicAuth("street02", "demo")
                        .getForEntity("/api/facilities/" + board.getCode() + "/inspections", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        tasks.complete(rectify.getId(), Map.of("rectification", "已更换面板玻璃并重新张贴内容"));
        Task reinspect = tasks.createTaskQuery()
                .processInstanceId(round)
                .taskDefinitionKey(FacilityInspectionModel.TASK_REINSPECT)
                .singleResult();
        assertThat(tasks.getVariableLocal(reinspect.getId(), "boardIntact")).isEqualTo(false);
        tasks.complete(reinspect.getId(), Map.of("boardIntact", true));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(round).count())
                .isZero();
        assertThat(facility(first).getStatus()).isEqualTo(FacilityStatus.QUALIFIED);
        assertThat(fac4("SD01")).isEqualByComparingTo("100");
        List<Inspection> history = tx.execute(s -> inspections.historyOf(facility(first)));
        assertThat(history)
                .extracting(Inspection::getVisit, Inspection::getOutcome)
                .contains(Tuple.tuple(2, InspectionOutcome.PASS), Tuple.tuple(1, InspectionOutcome.RECTIFY));
        assertThat(http.withBasicAuth("street01", "demo")
                        .getForObject("/api/facilities/" + board.getCode() + "/inspections", String.class))
                .contains("已更换面板玻璃并重新张贴内容", "\"visit\":2");
    }

    @Test
    void whenEverythingIsInOrderEveryFacilityPassesAndTheIndicatorIsFull() {
        String round = startGalleryRound("SD02");
        inspectorTasks(round, FacilityInspectionModel.TASK_INSPECT_FACILITY).forEach(t -> tasks.complete(t.getId()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(round).count())
                .isZero();
        assertThat(galleriesOf("SD02")).extracting(Facility::getStatus).containsOnly(FacilityStatus.QUALIFIED);
        assertThat(fac4("SD02")).isEqualByComparingTo("100");
    }

    @Test
    void twoFailedReinspectionsGoToTheDistrict() {
        String round = startGalleryRound("SD03");
        List<Task> visits = inspectorTasks(round, FacilityInspectionModel.TASK_INSPECT_FACILITY);
        tasks.complete(visits.get(0).getId(), Map.of("clean", false, "scienceTheme", false, "remark", "积灰，内容为广告"));
        visits.subList(1, visits.size()).forEach(t -> tasks.complete(t.getId()));
        for (int attempt = 1; attempt <= 2; attempt++) {
            Task rectify = tasks.createTaskQuery()
                    .processInstanceId(round)
                    .taskDefinitionKey(FacilityInspectionModel.TASK_RECTIFY)
                    .singleResult();
            tasks.complete(rectify.getId(), Map.of("rectification", "第 " + attempt + " 次整改"));
            Task reinspect = tasks.createTaskQuery()
                    .processInstanceId(round)
                    .taskDefinitionKey(FacilityInspectionModel.TASK_REINSPECT)
                    .singleResult();
            tasks.complete(reinspect.getId(), Map.of("remark", "仍不整洁"));
        }
        Task escalated = tasks.createTaskQuery()
                .processInstanceId(round)
                .taskDefinitionKey(FacilityInspectionModel.TASK_ESCALATE_TO_DISTRICT)
                .singleResult();
        assertThat(escalated).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(escalated.getId()))
                .extracting(l -> l.getGroupId())
                .contains("managers");
        tasks.complete(escalated.getId(), Map.of("escalation", "约谈街道分管领导，月底前完成"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(round).count())
                .isZero();
        assertThat(fac4("SD03")).isLessThan(BigDecimal.valueOf(100));
    }

    @Test
    void aHazardFailsTheFacilityAndItsUnitLeaderIsToldAtOnce() {
        String round = startGalleryRound("SD04");
        List<Task> visits = inspectorTasks(round, FacilityInspectionModel.TASK_INSPECT_FACILITY);
        tasks.complete(visits.get(0).getId(), Map.of("hazard", true, "remark", "支架松动，有倒塌危险"));
        Task rectify = tasks.createTaskQuery()
                .processInstanceId(round)
                .taskDefinitionKey(FacilityInspectionModel.TASK_RECTIFY)
                .singleResult();
        Inspection failed =
                inspections.inspection(((Number) tasks.getVariable(rectify.getId(), "inspectionId")).longValue());
        assertThat(failed.getOutcome()).isEqualTo(InspectionOutcome.FAIL);
        assertThat(facility(failed).getStatus()).isEqualTo(FacilityStatus.UNQUALIFIED);
        assertThat(mails.findAll()).anySatisfy(m -> {
            assertThat(m.getKind()).isEqualTo(MailKind.INSPECTION_FAILED);
            assertThat(m.getRecipientUsername()).isEqualTo("street04-leader");
            assertThat(m.getBodyText()).contains("存在安全隐患", "支架松动");
        });
    }

    @Test
    void aTenPercentSampleVisitsTenPercentRoundedUp() {
        int all = facilities.findByKindOrderByCode(FacilityKind.GALLERY).size()
                + facilities.findByKindOrderByCode(FacilityKind.BULLETIN_BOARD).size();
        InspectionRound round = tx.execute(s -> inspections.start(
                new InspectionService.RoundRequest(
                        FacilityKind.GALLERY,
                        InspectionScope.SAMPLE,
                        null,
                        10,
                        "inspector",
                        LocalDate.now().plusDays(10)),
                "manager"));
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("inspection-round-" + round.getId())
                .singleResult()
                .getId();
        assertThat(all).isEqualTo(108);
        assertThat(round.getFacilityCount()).isEqualTo(11);
        assertThat(inspectorTasks(instance, FacilityInspectionModel.TASK_INSPECT_FACILITY))
                .hasSize(11);
        assertThat(InspectionService.sampleSize(13, 50)).isEqualTo(7);
        assertThat(InspectionService.sampleSize(3, 10)).isEqualTo(1);
    }

    @Test
    void theMonthlyTimerStartsTheRoundsDueThisMonthAndKeepsGoing() {
        Job timer = management
                .createJobQuery()
                .processDefinitionKey("inspection-schedule")
                .activityId(InspectionScheduleModel.EVENT_MONTHLY_CHECK)
                .singleResult();
        assertThat(timer.getDuedate()).isInTheFuture();
        assertThat(timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getDayOfMonth())
                .isEqualTo(15);
        long before = rounds.count();

        management.executeJob(timer.getId());

        // Rounds start in their kind's months only (galleries 1,4,7,10; schools 3,9; bases 5).
        int month = LocalDate.now().getMonthValue();
        int due = (List.of(1, 4, 7, 10).contains(month) ? 1 : 0)
                + (List.of(3, 9).contains(month) ? 1 : 0)
                + (month == 5 ? 1 : 0);
        assertThat(rounds.count() - before).isEqualTo(due);
        // A cycle timer schedules its next firing (the next 15th after now) as a new job.
        Job next = management
                .createJobQuery()
                .processDefinitionKey("inspection-schedule")
                .activityId(InspectionScheduleModel.EVENT_MONTHLY_CHECK)
                .singleResult();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        assertThat(next.getDuedate()).isInTheFuture();
    }

    @Test
    void aScheduledRoundVisitsEveryFacilityOfItsKind() {
        InspectionRound round = tx.execute(s -> inspections.start(
                new InspectionService.RoundRequest(
                        FacilityKind.CITIZEN_SCIENCE_SCHOOL,
                        InspectionScope.ALL,
                        null,
                        null,
                        "inspector",
                        LocalDate.now().plusDays(30)),
                "system"));
        assertThat(round.getFacilityCount()).isEqualTo(13);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("inspection-round-" + round.getId())
                .singleResult()
                .getId();
        List<Task> visits = inspectorTasks(instance, FacilityInspectionModel.TASK_INSPECT_FACILITY);
        assertThat(visits).hasSize(13);
        assertThat(tasks.getVariableLocal(visits.get(0).getId(), "section")).isEqualTo("SCHOOL");
        // A school that held no lecture this period has one item not met: rectify within 7 days.
        tasks.complete(visits.get(0).getId(), Map.of("lecturesHeld", 0, "remark", "本期未举办讲座"));
        Task rectify = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(FacilityInspectionModel.TASK_RECTIFY)
                .singleResult();
        Inspection inspection =
                inspections.inspection(((Number) tasks.getVariable(rectify.getId(), "inspectionId")).longValue());
        assertThat(inspection.getRectifyDays()).isEqualTo(7);
        // The round covers thirteen units: the card names the unit whose school it is, not the round's first.
        String[] owner = tx.execute(s -> {
            var unit = facilities
                    .findById(inspection.getFacility().getId())
                    .orElseThrow()
                    .getOwner();
            return new String[] {
                people.findByUnitOrderByUsername(unit).get(0).getUsername(), unit.displayName(Language.ZH)
            };
        });
        String card = http.withBasicAuth(owner[0], "demo")
                .getForObject("/api/workbench/tasks/" + rectify.getId(), String.class);
        assertThat(card).contains("\"context\":\"设施检查 · " + owner[1] + "\"");
    }

    @Test
    void aRoundWithBadInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> inspections.start(
                        new InspectionService.RoundRequest(
                                FacilityKind.READING_ROOM,
                                InspectionScope.ALL,
                                null,
                                null,
                                "inspector",
                                LocalDate.now().plusDays(3)),
                        "manager"))
                .isInstanceOf(Refusal.class)
                .extracting("field")
                .isEqualTo("facilityKind");
        assertThatThrownBy(() -> inspections.start(
                        new InspectionService.RoundRequest(
                                FacilityKind.GALLERY,
                                InspectionScope.SAMPLE,
                                null,
                                0,
                                "inspector",
                                LocalDate.now().plusDays(3)),
                        "manager"))
                .isInstanceOf(Refusal.class)
                .extracting("field")
                .isEqualTo("samplePercent");
        assertThatThrownBy(() -> inspections.start(
                        new InspectionService.RoundRequest(
                                FacilityKind.GALLERY,
                                InspectionScope.SUBDISTRICT,
                                "SD99",
                                null,
                                "street01",
                                LocalDate.now().plusDays(3)),
                        "manager"))
                .isInstanceOf(Refusal.class)
                .extracting("field")
                .isEqualTo("inspector");
    }

    @Test
    void aRoundGoesToSomeoneStillInTheRegisterChosenByNameOnThePage() {
        tx.executeWithoutResult(status -> {
            register.createPerson(new PersonRequest(
                    "inspector-left",
                    "孙检查",
                    "inspector-left@demo.targetflow.local",
                    null,
                    Language.ZH,
                    PersonRole.INSPECTOR,
                    "DIST",
                    "Jiancha-Sun-2027"));
            register.deactivatePerson("inspector-left", "admin", Instant.now());
            assertThatThrownBy(() -> inspections.start(
                            new InspectionService.RoundRequest(
                                    FacilityKind.GALLERY,
                                    InspectionScope.SUBDISTRICT,
                                    "SD01",
                                    null,
                                    "inspector-left",
                                    LocalDate.now().plusDays(3)),
                            "manager"))
                    .isInstanceOf(Refusal.class)
                    .extracting("field")
                    .isEqualTo("inspector");
            status.setRollbackOnly();
        });

        String page = http.withBasicAuth("manager", "demo").getForObject("/facilities", String.class);
        assertThat(page)
                .contains("<select id=\"inspector\" name=\"inspector\" required>")
                .contains("<option value=\"inspector\">赵明 · 检查人员</option>")
                .contains("<option value=\"manager\">王伟 · 区科协工作人员</option>")
                .doesNotContain("value=\"inspector\" required");
    }

    private String startGalleryRound(String unit) {
        InspectionRound round = tx.execute(s -> inspections.start(
                new InspectionService.RoundRequest(
                        FacilityKind.GALLERY,
                        InspectionScope.SUBDISTRICT,
                        unit,
                        null,
                        "inspector",
                        LocalDate.now().plusDays(10)),
                "manager"));
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("inspection-round-" + round.getId())
                .singleResult()
                .getId();
    }

    private List<Task> inspectorTasks(String instance, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(key)
                .taskAssignee("inspector")
                .list();
    }

    private List<Facility> galleriesOf(String unit) {
        return facilities.findAllByOrderByCode().stream()
                .filter(f -> f.getKind() == FacilityKind.GALLERY || f.getKind() == FacilityKind.BULLETIN_BOARD)
                .filter(f -> f.getOwner().getCode().equals(unit))
                .toList();
    }

    private Facility facility(Inspection inspection) {
        return tx.execute(s -> facilities
                .findById(
                        inspections.inspection(inspection.getId()).getFacility().getId())
                .orElseThrow());
    }

    private BigDecimal fac4(String unit) {
        return feeds.stream()
                .map(f -> f.valueOf("FAC-4", unit, LocalDate.now().getYear()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow();
    }

    private static TemporalUnitOffset within() {
        return new TemporalUnitWithinOffset(1, ChronoUnit.SECONDS);
    }
}
