package com.targetflow;

import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine of a model's own test: in memory, of its own, with no app around it. The test deploys
 * one model (and its decisions), registers its beans as mocks with {@code Mocks.register}, and
 * drives it; the extension measures which flow nodes and sequence flows the class walked and fails
 * the class under {@link #LEAST_COVERAGE}.
 */
public final class ModelAlone {

    /** Every model's coverage, flow nodes and sequence flows together, over its test class. */
    public static final double LEAST_COVERAGE = 0.9;

    private static final String ENGINE_PREFIX = "model-";

    private ModelAlone() {}

    public static ProcessEngineCoverageExtension engine() {
        ProcessCoverageInMemProcessEngineConfiguration configuration =
                new ProcessCoverageInMemProcessEngineConfiguration();
        // A database per test class: classes may run one after another in the same JVM.
        configuration.setJdbcUrl("jdbc:h2:mem:model-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setProcessEngineName(ENGINE_PREFIX + UUID.randomUUID());
        return ProcessEngineCoverageExtension.builder(configuration)
                .assertClassCoverageAtLeast(LEAST_COVERAGE)
                .build();
    }

    /**
     * Closes a model test's engine once its class is done (the extension keeps it): engines register
     * themselves in ProcessEngines, where the app's webapps and engine-rest in a later test would
     * find and offer them beside the app's own.
     */
    public static final class EngineClosed implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) {
            ProcessEngines.getProcessEngines().values().stream()
                    .filter(engine -> engine.getName().startsWith(ENGINE_PREFIX))
                    .toList()
                    .forEach(engine -> {
                        ProcessEngines.unregister(engine);
                        engine.close();
                    });
        }
    }

    /** The model a {@link ModelTest} class tests. */
    static String modelOf(String testClassName) {
        try {
            return Class.forName(testClassName).getAnnotation(ModelTest.class).value();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(testClassName + " was scanned but cannot be loaded", e);
        }
    }

    /** Executes the timer job of the given timer event (start, catching or boundary), found by its element id. */
    public static void fireTimer(ProcessEngineExtension engine, String eventId) {
        ManagementService management = engine.getManagementService();
        Job timer = management.createJobQuery().timers().activityId(eventId).singleResult();
        if (timer == null) {
            throw new AssertionError("no timer waits at " + eventId);
        }
        management.executeJob(timer.getId());
    }

    /** Executes every job due now (asynchronous continuations), as the job executor would, until none is left. */
    public static void executeJobs(ProcessEngineExtension engine) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming: a loop in the model?");
    }

    /** The one open task of the given element id. */
    public static Task theOpen(ProcessEngineExtension engine, String taskId) {
        List<Task> open = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(taskId)
                .list();
        if (open.size() != 1) {
            throw new AssertionError("expected one open " + taskId + ", found " + open.size());
        }
        return open.get(0);
    }

    /** The groups that may claim the task. */
    public static List<String> candidateGroups(ProcessEngineExtension engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Registers a task listener that does nothing under each name: listeners whose work is not this model's. */
    public static void quietListeners(String... names) {
        for (String name : names) {
            Mocks.register(name, mock(TaskListener.class));
        }
    }

    /** The end events the model's finished instances reached, in order of ending. */
    public static List<String> endedAt(ProcessEngineExtension engine, String processKey) {
        return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .activityType("noneEndEvent")
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .filter(end -> end.getProcessDefinitionKey().equals(processKey))
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }
}
