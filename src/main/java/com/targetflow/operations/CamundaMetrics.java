package com.targetflow.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's own figures as Micrometer meters (and so on /actuator/prometheus): jobs acquired,
 * executed and failed — from the engine's metrics table, summed over every node of the cluster —
 * and, read from the runtime tables, open incidents, jobs due now and jobs out of retries.
 */
@Component
class CamundaMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;

    CamundaMetrics(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "camunda.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "Jobs acquired by the job executors");
        counter(registry, "camunda.jobs.executed", Metrics.JOB_SUCCESSFUL, "Jobs executed successfully");
        counter(registry, "camunda.jobs.failed", Metrics.JOB_FAILED, "Job executions that failed");
        Gauge.builder(
                        "camunda.incidents.open",
                        runtime,
                        r -> r.createIncidentQuery().count())
                .description("Open incidents (jobs out of retries, failed deliveries) waiting for an administrator")
                .register(registry);
        Gauge.builder(
                        "camunda.jobs.due",
                        management,
                        m -> m.createJobQuery().executable().active().count())
                .description("Jobs due now and not yet executed")
                .register(registry);
        Gauge.builder(
                        "camunda.jobs.without.retries",
                        management,
                        m -> m.createJobQuery().noRetriesLeft().count())
                .description("Jobs whose retries ran out")
                .register(registry);
    }

    private void counter(MeterRegistry registry, String name, String metric, String description) {
        FunctionCounter.builder(
                        name,
                        management,
                        m -> m.createMetricsQuery().name(metric).sum())
                .description(description + ", all nodes, as last reported to the database")
                .register(registry);
    }
}
