package com.targetflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.targets.WarningLight;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest of a sub-district with a mix of tasks — one overdue, one due this week, one later —
 * and its targets by light; sent weekly on the first working day, daily to those who chose it,
 * never on a day off, in the reader's language.
 */
@DemoDistrictTest
class DigestTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    DigestService digests;

    @Autowired
    People people;

    @Autowired
    OrganisationRegister register;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    /** A Monday in December of the demo plan's year. */
    LocalDate monday;

    long mailMark;

    @BeforeEach
    void threeTasksForSubDistrictSeven() {
        UnitTaskProcess.deployOnce(repository);
        monday = LocalDate.of(Year.now().getValue(), 12, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        ClockUtil.setCurrentTime(at(monday.minusDays(10), 10, 0));
        UnitTaskProcess.start(runtime, "SD07", "测试：已逾期的整改", at(monday.minusDays(4), 17, 30));
        UnitTaskProcess.start(runtime, "SD07", "测试：本周到期的整改", at(monday.plusDays(3), 17, 30));
        UnitTaskProcess.start(runtime, "SD07", "测试：月底到期的整改", at(monday.plusDays(23), 17, 30));
        ClockUtil.setCurrentTime(at(monday, 8, 0));
        mailMark = mails.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(OutgoingMail::getId)
                .orElse(0L);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDigestSortsOpenTasksByDueDateAndListsTheUnitsTargetsRedFirst() {
        DigestService.Digest digest = tx.execute(s -> digests.digestOf(person("street07")));

        assertThat(digest.overdue())
                .extracting(DigestService.TaskLine::name)
                .contains("测试：已逾期的整改")
                .doesNotContain("测试：本周到期的整改", "测试：月底到期的整改");
        assertThat(digest.overdue())
                .filteredOn(l -> l.name().startsWith("测试"))
                .extracting(DigestService.TaskLine::light)
                .containsOnly(WarningLight.YELLOW);
        assertThat(digest.dueSoon())
                .extracting(DigestService.TaskLine::name)
                .contains("测试：本周到期的整改")
                .doesNotContain("测试：已逾期的整改", "测试：月底到期的整改");
        assertThat(digest.later()).extracting(DigestService.TaskLine::name).contains("测试：月底到期的整改");
        assertThat(digest.overdue().get(0).link()).contains("/workbench/tasks/");
        assertThat(digest.targets()).isNotEmpty();
        assertThat(digest.targets())
                .extracting(DigestService.TargetLine::light)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        // Another unit's secretary sees none of these.
        assertThat(tx.execute(s -> digests.digestOf(person("street08"))).overdue())
                .extracting(DigestService.TaskLine::name)
                .noneMatch(n -> n.startsWith("测试"));
    }

    @Test
    void weeklyDigestsGoOnTheFirstWorkingDayDailyOnesEveryWorkingDayAndNoneOnADayOff() {
        tx.executeWithoutResult(s -> person("street08").chooseDigest(DigestFrequency.DAILY));
        try {
            digests.sendDue();
            OutgoingMail toStreet07 = digestsTo("street07").get(0);
            assertThat(digestsTo("street07")).hasSize(1);
            assertThat(toStreet07.getSubject()).startsWith("待办汇总（" + monday + "）");
            assertThat(toStreet07.getBodyText())
                    .contains("已逾期", "测试：已逾期的整改", "7 天内到期", "测试：本周到期的整改", "其他待办", "测试：月底到期的整改", "本单位目标任务", "红灯");
            assertThat(toStreet07.getBodyHtml()).contains("测试：月底到期的整改");
            assertThat(digestsTo("street07-leader")).isEmpty();

            mailMark = lastMailId();
            ClockUtil.setCurrentTime(at(monday.plusDays(1), 8, 0));
            digests.sendDue();
            assertThat(digestsTo("street07")).isEmpty();
            assertThat(digestsTo("street08")).hasSize(1);

            mailMark = lastMailId();
            ClockUtil.setCurrentTime(at(monday.plusDays(5), 8, 0));
            assertThat(digests.sendDue()).isZero();
        } finally {
            tx.executeWithoutResult(s -> person("street08").chooseDigest(DigestFrequency.WEEKLY));
        }
    }

    @Test
    void anEnglishReaderGetsTheDigestInEnglish() {
        Person street07 = person("street07");
        register.updatePerson("street07", request(street07, Language.EN));
        try {
            digests.sendDue();
            OutgoingMail mail = digestsTo("street07").get(0);
            assertThat(mail.getSubject()).startsWith("Your digest (" + monday + ")");
            assertThat(mail.getBodyText()).contains("Overdue (", "Due within 7 days (", "Your unit's targets", "Red");
        } finally {
            register.updatePerson("street07", request(street07, Language.ZH));
        }
    }

    private PersonRequest request(Person p, Language language) {
        return new PersonRequest(
                p.getUsername(), p.getName(), p.getEmail(), p.getPhone(), language, p.getRole(), "SD07", null);
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private List<OutgoingMail> digestsTo(String username) {
        return mails.findByIdGreaterThanOrderById(mailMark).stream()
                .filter(m -> m.getKind() == MailKind.DIGEST
                        && m.getRecipientUsername().equals(username))
                .toList();
    }

    private long lastMailId() {
        return mails.findAllByOrderByIdDesc(PageRequest.of(0, 1)).get(0).getId();
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(DISTRICT).toInstant());
    }
}
