package org.accord.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pipeline's gauges against the engine's own answers, on the suite's shared database. */
@AccordIntegrationTest
class PipelineMetricsIntegrationTest {

  @Autowired Api api;
  @Autowired PipelineMetrics pipeline;
  @Autowired MeterRegistry registry;
  @Autowired TaskService tasks;

  @Test
  void openTasksPerGroup_areTheEnginesCounts_aTaskNamingAGroupTwiceCountedOnce() {
    String reference = api.propose("JICA", "600.00");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    String group = "pipeline-" + reference;
    tasks.addCandidateGroup(task.getId(), group);
    tasks.addCandidateGroup(task.getId(), group);
    tasks.setAssignee(task.getId(), "officer2");
    try {
      pipeline.refresh();

      assertThat(openTasks(group)).isEqualTo(1);
      for (Gauge gauge : registry.find("accord.tasks.open").gauges()) {
        String each = gauge.getId().getTag("group");
        assertThat(gauge.value())
            .as("open tasks of %s", each)
            .isEqualTo(
                tasks.createTaskQuery().taskCandidateGroup(each).includeAssignedTasks().count());
      }
    } finally {
      tasks.deleteCandidateGroup(task.getId(), group);
      tasks.setAssignee(task.getId(), null);
    }
  }

  private double openTasks(String group) {
    return registry.get("accord.tasks.open").tag("group", group).gauge().value();
  }
}
