package com.targetflow.demo;

import com.targetflow.escalation.DigestService;
import com.targetflow.notification.NewsForDigests;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The weekly digests (待办汇总) of the year played so far, on Mondays at 8:00 as the digest process
 * sends them: the last two weeks' are sent and kept in the mailboxes, with the district's decisions of
 * those weeks at their top; the earlier weeks' count as told, so that a digest says "since the last one"
 * truthfully without filling the mailboxes with a year of digests.
 */
@Component
class DemoDigestsSoFar {

    private static final int WEEKS_KEPT = 2;

    private final DigestService digests;
    private final NewsForDigests news;

    DemoDigestsSoFar(DigestService digests, NewsForDigests news) {
        this.digests = digests;
        this.news = news;
    }

    void send(List<DemoAct> acts, int year, LocalDateTime until) {
        LocalDate keptFrom = until.toLocalDate().minusWeeks(WEEKS_KEPT);
        for (LocalDate monday = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                monday.atTime(8, 0).isBefore(until);
                monday = monday.plusWeeks(1)) {
            boolean kept = monday.isAfter(keptFrom);
            acts.add(new DemoAct(
                    monday.atTime(8, 0),
                    kept
                            ? digests::sendDue
                            : () -> news.markAllTold(ClockUtil.getCurrentTime().toInstant())));
        }
    }
}
