package com.targetflow.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.organisation.Language;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P2: a storm of reminders all due at once — every one a mail over real SMTP (GreenMail), queued in
 * a transaction of its own as an escalation timer queues it — sent by TargetFlow's deliveries, and
 * the same storm sent the first round's way with Camunda's stock settings: a process instance and a
 * job per mail, one SMTP connection per mail, 3 jobs per acquisition, 3 core threads, a queue of 3
 * (the app's deliveries suspended for that run). The reminders are queued with the job executor off
 * and fall due together when a node with it on starts; the clock of each mail is its sent_at, so
 * start-up does not count. They go to the secretaries of 1,000 units, ten each, as a district's
 * storm would: GreenMail makes a user and a mailbox for every new address, with a search through all
 * it has, so 10,000 different addresses made the test's SMTP server, not the app, the limit (measured:
 * 401 mails/s against 494 to 1,000 addresses; the first round's way 148 either way).
 */
final class ReminderStormWorkload {

    static final String[] STOCK = {
        "--targetflow.mail.smtp.mails-per-connection=1",
        "--camunda.bpm.job-execution.core-pool-size=3",
        "--camunda.bpm.job-execution.max-pool-size=10",
        "--camunda.bpm.job-execution.queue-capacity=3",
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
        "--camunda.bpm.job-execution.wait-time-in-millis=5000",
        "--camunda.bpm.job-execution.max-wait=60000"
    };

    private ReminderStormWorkload() {}

    record Storm(double seconds, double perSecond, double p99Lag) {}

    static Row run(int mails, int runs, Path dir, int smtpPort) {
        List<Storm> ours = new ArrayList<>();
        List<Storm> stock = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            ours.add(once(mails, dir.resolve("p2-ours-" + run), smtpPort, false));
            stock.add(once(mails, dir.resolve("p2-stock-" + run), smtpPort, true, STOCK));
        }
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ratio.add(ours.get(i).perSecond() / stock.get(i).perSecond());
        }
        double seconds = Stats.median(ours.stream().map(Storm::seconds).toList());
        double ratioMedian = Stats.median(ratio);
        boolean holds = seconds <= 60 && ratioMedian >= 3;
        return new Row(
                "P2",
                "reminder storm: %,d mails due at once over SMTP".formatted(mails),
                "all ≤ 60 s, ≥ 3 × stock rate",
                "%s s, %s mails/s, p99 lag %s s"
                        .formatted(
                                Stats.spread(ours.stream().map(Storm::seconds).toList(), "%.1f"),
                                Stats.spread(ours.stream().map(Storm::perSecond).toList(), "%.0f"),
                                Stats.spread(ours.stream().map(Storm::p99Lag).toList(), "%.1f")),
                "the first round's way (a job and an SMTP connection per mail) with Camunda's stock settings: %s s, %s mails/s; ours %s × stock"
                        .formatted(
                                Stats.spread(stock.stream().map(Storm::seconds).toList(), "%.1f"),
                                Stats.spread(
                                        stock.stream().map(Storm::perSecond).toList(), "%.0f"),
                                Stats.spread(ratio, "%.2f")),
                holds
                        ? "holds"
                        : "misses: " + (seconds > 60 ? "%.0f s, not ≤ 60 s; ".formatted(seconds) : "")
                                + (ratioMedian < 3 ? "%.2f × stock, not 3 ×; ".formatted(ratioMedian) : "")
                                + "ours sends each mail with a lock and a commit of its own (so that a crash repeats at"
                                + " most the mails in flight; H2 writes every commit to disk), two deliveries side by side"
                                + " on two cores that the SMTP server (GreenMail, in the same process) shares");
    }

    static Storm once(int mails, Path db, int smtpPort, boolean jobPerMail, String... settings) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            try (ConfigurableApplicationContext queueing = BenchNode.start(BenchNode.h2(db), "sa")) {
                MailOutbox outbox = queueing.getBean(MailOutbox.class);
                TransactionTemplate tx = queueing.getBean(TransactionTemplate.class);
                for (int i = 0; i < mails; i++) {
                    int n = i;
                    tx.executeWithoutResult(s -> outbox.queue(reminder(n)));
                }
                if (jobPerMail) {
                    oneJobPerMail(queueing);
                }
            }
            List<String> args = new ArrayList<>(List.of(
                    "--camunda.bpm.job-execution.enabled=true",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtpPort));
            args.addAll(List.of(settings));
            try (ConfigurableApplicationContext sending =
                    BenchNode.start(BenchNode.h2(db), "sa", args.toArray(String[]::new))) {
                JdbcTemplate jdbc = sending.getBean(JdbcTemplate.class);
                long deadline = System.currentTimeMillis() + 900_000;
                while (count(jdbc, "select count(*) from tf_mail where status = 'SENT'") < mails) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("The storm was not delivered within 15 minutes");
                    }
                    Thread.sleep(200);
                }
                List<Timestamp> sent =
                        jdbc.queryForList("select sent_at from tf_mail order by sent_at", Timestamp.class);
                long first = sent.get(0).getTime();
                List<Double> lags =
                        sent.stream().map(t -> (t.getTime() - first) / 1000.0).toList();
                double seconds = lags.get(lags.size() - 1);
                if (smtp.getReceivedMessages().length < mails) {
                    throw new IllegalStateException("SMTP received fewer mails than were marked sent");
                }
                return new Storm(seconds, mails / Math.max(seconds, 0.001), Stats.percentile(lags, 99));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            smtp.stop();
        }
    }

    /** The first round's way: the app's deliveries suspended, a process instance with its own job per mail. */
    private static void oneJobPerMail(ConfigurableApplicationContext node) {
        RuntimeService runtime = node.getBean(RuntimeService.class);
        runtime.updateProcessInstanceSuspensionState()
                .byProcessDefinitionKey(MailOutbox.PROCESS_KEY)
                .suspend();
        node.getBean(RepositoryService.class)
                .createDeployment()
                .addModelInstance(
                        "bench-mail-per-job.bpmn",
                        Bpmn.createExecutableProcess("bench-mail-per-job")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask()
                                .camundaAsyncBefore()
                                .camundaExpression("${mailDelivery.deliverOne(mailId)}")
                                .endEvent()
                                .done())
                .deploy();
        TransactionTemplate tx = node.getBean(TransactionTemplate.class);
        List<Long> ids = node.getBean(JdbcTemplate.class)
                .queryForList("select id from tf_mail where status <> 'SENT' order by id", Long.class);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            tx.executeWithoutResult(s -> batch.forEach(
                    id -> runtime.startProcessInstanceByKey("bench-mail-per-job", "mail-" + id, Map.of("mailId", id))));
        }
    }

    private static MailMessage reminder(int i) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", "秘书长" + i);
        model.put("taskName", "进展填报");
        model.put("unitName", "压测单位" + (i % 1000));
        model.put("due", "2026-04-10 17:30");
        model.put("daysLate", 0);
        model.put("note", null);
        model.put("historyLink", "http://localhost:8080/escalations/bench-" + i);
        model.put("subjectArgs", new Object[] {"进展填报", "压测单位" + (i % 1000)});
        return new MailMessage(
                new MailMessage.Recipient("bench" + (i % 1000), "bench" + (i % 1000) + "@bench.test", Language.ZH),
                MailKind.TASK_REMINDER,
                model,
                null,
                null,
                null);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
