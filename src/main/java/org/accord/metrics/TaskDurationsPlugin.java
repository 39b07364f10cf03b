package org.accord.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** How long each kind of user task takes, from creation to completion, per task key. */
@Component
class TaskDurationsPlugin extends UserTaskPlugin {

  private final MeterRegistry registry;

  // Lazy: the plugin is built with the engine, before the registry is complete.
  TaskDurationsPlugin(@Lazy MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  protected void configure(UserTask task) {
    task.onComplete(this::record);
  }

  private void record(DelegateTask task) {
    Timer.builder("accord.task.duration")
        .description("Time from a user task's creation to its completion")
        .tag("task", task.getTaskDefinitionKey())
        // Buckets, so that Grafana can show medians and 90th percentiles across instances.
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofSeconds(1))
        .maximumExpectedValue(Duration.ofDays(60))
        .register(registry)
        .record(
            Duration.ofMillis(
                ClockUtil.getCurrentTime().getTime() - task.getCreateTime().getTime()));
  }
}
