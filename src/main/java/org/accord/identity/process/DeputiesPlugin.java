package org.accord.identity.process;

import org.accord.identity.DeputyService;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Deputies in every process: a task created for a user who is away goes to their deputy, and a task
 * a deputy completes for someone says so, on the task and in the decisions recorded.
 */
@Component
class DeputiesPlugin extends UserTaskPlugin {

  private final DeputyService deputies;
  private final IdentityService identityService;

  DeputiesPlugin(@Lazy DeputyService deputies, @Lazy IdentityService identityService) {
    this.deputies = deputies;
    this.identityService = identityService;
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
    Authentication user = identityService.getCurrentAuthentication();
    String absent =
        user == null ? null : deputies.actingFor(user.getUserId(), task.getId()).orElse(null);
    // Always set, from the server's own records: whoever records the decision reads this, and no
    // value a client sent with the completion.
    task.getExecution()
        .setVariableLocal(DeputyService.ACTING_FOR, Variables.stringValue(absent, true));
    if (absent != null) {
      task.getProcessEngineServices()
          .getTaskService()
          .createComment(
              task.getId(),
              task.getProcessInstanceId(),
              "Completed by " + user.getUserId() + " acting for " + absent);
    }
  }
}
