package com.targetflow.operations;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long finished process instances stay in Camunda's history, in days, per process key; a
 * process not named keeps the time-to-live its model carries. Our own tables (plans, reports,
 * evidence, mails) are not touched by history cleanup.
 */
@ConfigurationProperties("targetflow.history")
public record HistoryProperties(Map<String, Integer> timeToLive) {

    public HistoryProperties {
        timeToLive = timeToLive == null ? Map.of() : Map.copyOf(timeToLive);
    }
}
