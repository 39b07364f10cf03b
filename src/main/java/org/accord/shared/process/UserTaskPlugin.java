package org.accord.shared.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A rule that applies to user tasks of every process, attached when the BPMN is parsed rather than
 * repeated in each model: decision checks, separation of duties, notifications, metrics.
 */
public abstract class UserTaskPlugin extends AbstractProcessEnginePlugin {

  /** One user task of a process being deployed, to attach listeners to. */
  public record UserTask(ActivityImpl activity, TaskDefinition definition) {

    public String key() {
      return activity.getId();
    }

    public void onCreate(TaskListener listener) {
      definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }

    public void onComplete(TaskListener listener) {
      definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
    }

    /**
     * When the task is completed, not cancelled, as an execution listener: the engine wraps a task
     * listener's exception (engine-rest would answer 500), not an execution listener's, so a
     * refusal reaches the client as the 400 or 403 it is.
     */
    public void whenCompleted(ExecutionListener listener) {
      ExecutionListener unlessCancelled =
          execution -> {
            if (!execution.isCanceled()) {
              listener.notify(execution);
            }
          };
      activity.addListener(ExecutionListener.EVENTNAME_END, unlessCancelled);
    }
  }

  @Override
  public final void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                  configure(new UserTask(activity, behavior.getTaskDefinition()));
                }
              }
            });
  }

  protected abstract void configure(UserTask task);
}
