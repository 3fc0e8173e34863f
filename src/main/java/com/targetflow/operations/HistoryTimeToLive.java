package com.targetflow.operations;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Applies targetflow.history.time-to-live to the deployed process definitions at start, through
 * the engine's public API, so an operator changes retention without editing the models. Every
 * node does the same idempotent update.
 */
@Component
@EnableConfigurationProperties(HistoryProperties.class)
class HistoryTimeToLive implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLive.class);

    private final HistoryProperties history;
    private final RepositoryService repository;

    HistoryTimeToLive(HistoryProperties history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        history.timeToLive().forEach((key, days) -> {
            if (days == null || days < 0) {
                throw new IllegalStateException("targetflow.history.time-to-live." + key + " must be 0 or more days");
            }
            var definitions = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .list();
            if (definitions.isEmpty()) {
                throw new IllegalStateException(
                        "targetflow.history.time-to-live names a process that is not deployed: " + key);
            }
            for (ProcessDefinition definition : definitions) {
                if (!days.equals(definition.getHistoryTimeToLive())) {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                }
            }
            log.info("History of {} kept {} days", key, days);
        });
    }
}
