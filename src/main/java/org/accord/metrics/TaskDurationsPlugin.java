package org.accord.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * How long each kind of user task takes, from creation to completion: per task key for Prometheus,
 * and per agreement for the managers' cycle times, written in the completing transaction.
 */
@Component
class TaskDurationsPlugin extends UserTaskPlugin {

  private final MeterRegistry registry;
  private final MetricsMapper metrics;

  // Lazy: the plugin is built with the engine, before the registry and the mappers are complete.
  TaskDurationsPlugin(@Lazy MeterRegistry registry, @Lazy MetricsMapper metrics) {
    this.registry = registry;
    this.metrics = metrics;
  }

  @Override
  protected void configure(UserTask task) {
    task.onComplete(this::record);
  }

  private void record(DelegateTask task) {
    Instant created = task.getCreateTime().toInstant();
    Instant completed = ClockUtil.getCurrentTime().toInstant();
    Timer.builder("accord.task.duration")
        .description("Time from a user task's creation to its completion")
        .tag("task", task.getTaskDefinitionKey())
        // Buckets, so that Grafana can show medians and 90th percentiles across instances.
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofSeconds(1))
        .maximumExpectedValue(Duration.ofDays(60))
        .register(registry)
        .record(Duration.between(created, completed));
    String reference = task.getExecution().getProcessBusinessKey();
    if (reference != null) {
      metrics.recordTaskCompletion(
          reference,
          task.getTaskDefinitionKey(),
          created.atOffset(ZoneOffset.UTC),
          completed.atOffset(ZoneOffset.UTC));
    }
  }
}
