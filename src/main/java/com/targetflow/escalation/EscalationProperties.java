package com.targetflow.escalation;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ladder's lead times in working days from the due date, with defaults and per task
 * (by element id): remind this many days before, open 督办 this many after, tell the district's
 * leaders this many after. Steps counted in days go out at sendAt.
 */
@ConfigurationProperties("targetflow.escalation")
public record EscalationProperties(
        Integer remindBefore,
        Integer superviseAfter,
        Integer leaderAfter,
        LocalTime sendAt,
        Map<String, Ladder> tasks) {

    public EscalationProperties {
        remindBefore = remindBefore == null ? 3 : remindBefore;
        superviseAfter = superviseAfter == null ? 3 : superviseAfter;
        leaderAfter = leaderAfter == null ? 10 : leaderAfter;
        sendAt = sendAt == null ? LocalTime.of(9, 0) : sendAt;
        tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        check("default", new Ladder(remindBefore, superviseAfter, leaderAfter));
        for (var task : tasks.entrySet()) {
            check(task.getKey(), ladderOf(task.getKey(), task.getValue(), remindBefore, superviseAfter, leaderAfter));
        }
    }

    public record Ladder(Integer remindBefore, Integer superviseAfter, Integer leaderAfter) {}

    /** The lead times for a task, its own where configured, else the defaults. */
    public Ladder ladder(String taskKey) {
        return ladderOf(taskKey, tasks.get(taskKey), remindBefore, superviseAfter, leaderAfter);
    }

    private static Ladder ladderOf(String taskKey, Ladder own, int remindBefore, int superviseAfter, int leaderAfter) {
        if (own == null) {
            return new Ladder(remindBefore, superviseAfter, leaderAfter);
        }
        return new Ladder(
                own.remindBefore() == null ? remindBefore : own.remindBefore(),
                own.superviseAfter() == null ? superviseAfter : own.superviseAfter(),
                own.leaderAfter() == null ? leaderAfter : own.leaderAfter());
    }

    private static void check(String which, Ladder ladder) {
        if (ladder.remindBefore() < 0
                || ladder.superviseAfter() < 1
                || ladder.leaderAfter() <= ladder.superviseAfter()) {
            throw new IllegalStateException("targetflow.escalation (" + which + "): remind-before must be 0 or more, "
                    + "supervise-after 1 or more, and leader-after more than supervise-after; got " + ladder);
        }
    }
}
