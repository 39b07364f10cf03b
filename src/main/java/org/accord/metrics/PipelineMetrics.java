package org.accord.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.agreement.AgreementStatus;
import org.accord.metrics.persistence.PipelineMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The pipeline on /actuator/prometheus: agreements per status, open tasks per candidate group,
 * overdue tasks, incidents and jobs out of retries. Counted every 15 seconds, not on every scrape,
 * so that several scrapers cost the database nothing more.
 */
@Component
public class PipelineMetrics implements MeterBinder {

  private final PipelineMapper pipeline;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final Map<String, AtomicLong> agreementsByStatus = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> openTasksByGroup = new ConcurrentHashMap<>();
  private MeterRegistry registry;
  private volatile long overdueTasks;
  private volatile long incidents;
  private volatile long failedJobs;
  private volatile long dueJobs;

  PipelineMetrics(
      PipelineMapper pipeline,
      TaskService taskService,
      RuntimeService runtimeService,
      ManagementService managementService) {
    this.pipeline = pipeline;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    // Every status is reported, zero included, so that dashboards show empty stages.
    for (AgreementStatus status : AgreementStatus.values()) {
      AtomicLong count =
          agreementsByStatus.computeIfAbsent(status.name(), name -> new AtomicLong());
      Gauge.builder("accord.agreements", count, AtomicLong::get)
          .description("Agreements by status")
          .tag("status", status.name())
          .register(registry);
    }
    Gauge.builder("accord.tasks.overdue", this, metrics -> metrics.overdueTasks)
        .description("Open user tasks past their due date")
        .register(registry);
    Gauge.builder("accord.incidents", this, metrics -> metrics.incidents)
        .description("Open incidents of the process engine")
        .register(registry);
    Gauge.builder("accord.jobs.failed", this, metrics -> metrics.failedJobs)
        .description("Jobs with no retries left")
        .register(registry);
    Gauge.builder("accord.jobs.due", this, metrics -> metrics.dueJobs)
        .description("Jobs due and not yet run: the job executor's backlog")
        .register(registry);
  }

  private static Map<String, Long> counts(java.util.List<PipelineMapper.Count> rows) {
    return rows.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                PipelineMapper.Count::label, PipelineMapper.Count::count));
  }

  private AtomicLong openTasks(String group) {
    return openTasksByGroup.computeIfAbsent(
        group,
        name -> {
          AtomicLong count = new AtomicLong();
          Gauge.builder("accord.tasks.open", count, AtomicLong::get)
              .description("Open user tasks by candidate group")
              .tag("group", name)
              .register(registry);
          return count;
        });
  }

  @Scheduled(fixedDelayString = "${accord.metrics.refresh-interval:PT15S}")
  public synchronized void refresh() {
    if (registry == null) {
      return;
    }
    // New values first, then each gauge set once: a scrape never sees a half-done refresh.
    Map<String, Long> statuses = counts(pipeline.agreementsByStatus());
    agreementsByStatus.forEach((status, count) -> count.set(statuses.getOrDefault(status, 0L)));
    Map<String, Long> groups = counts(pipeline.openTasksByGroup());
    groups.keySet().forEach(this::openTasks);
    openTasksByGroup.forEach((group, count) -> count.set(groups.getOrDefault(group, 0L)));
    overdueTasks = taskService.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count();
    incidents = runtimeService.createIncidentQuery().count();
    failedJobs = managementService.createJobQuery().noRetriesLeft().count();
    dueJobs = managementService.createJobQuery().executable().count();
  }
}
