package org.accord.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** How long each kind of user task takes, from creation to completion, per task key. */
@Component
class TaskDurationsPlugin extends AbstractProcessEnginePlugin {

  private final MeterRegistry registry;

  // Lazy: the plugin is built with the engine, before the registry is complete.
  TaskDurationsPlugin(@Lazy MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                  behavior
                      .getTaskDefinition()
                      .addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> record(task));
                }
              }
            });
  }

  private void record(DelegateTask task) {
    Timer.builder("accord.task.duration")
        .description("Time from a user task's creation to its completion")
        .tag("task", task.getTaskDefinitionKey())
        .register(registry)
        .record(
            Duration.ofMillis(
                ClockUtil.getCurrentTime().getTime() - task.getCreateTime().getTime()));
  }
}
