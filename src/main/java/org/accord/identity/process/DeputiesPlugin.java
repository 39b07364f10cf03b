package org.accord.identity.process;

import org.accord.identity.DeputyHandOver;
import org.accord.security.CurrentUser;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Deputies in every process: a task created for a user who is away goes to their deputy, and a task
 * a deputy completes for someone says so, on the task and in the decisions recorded.
 */
@Component
class DeputiesPlugin extends UserTaskPlugin {

  private final DeputyHandOver deputies;
  private final CurrentUser currentUser;

  DeputiesPlugin(@Lazy DeputyHandOver deputies, CurrentUser currentUser) {
    this.deputies = deputies;
    this.currentUser = currentUser;
  }

  @Override
  protected void configure(UserTask task) {
    task.onCreate(this::created);
    task.onComplete(this::completed);
  }

  private void created(DelegateTask task) {
    if (task.getAssignee() != null) {
      deputies
          .onDutyFor(task.getAssignee())
          .ifPresent(
              deputyship -> {
                task.setAssignee(deputyship.deputyId());
                deputies.recordHandOver(task.getId(), task.getProcessInstanceId(), deputyship);
              });
    }
  }

  private void completed(DelegateTask task) {
    String user = currentUser.id();
    String absent = user == null ? null : deputies.actingFor(user, task.getId()).orElse(null);
    // Always set, from the server's own records: whoever records the decision reads this, and no
    // value a client sent with the completion.
    task.getExecution()
        .setVariableLocal(DeputyHandOver.ACTING_FOR, Variables.stringValue(absent, true));
    if (absent != null) {
      task.getProcessEngineServices()
          .getTaskService()
          .createComment(
              task.getId(),
              task.getProcessInstanceId(),
              "Completed by " + user + " acting for " + absent);
    }
  }
}
