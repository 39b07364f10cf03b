package org.accord.identity.process;

import org.accord.identity.DeputyService;
import org.accord.identity.DeputyshipApproval;
import org.accord.security.CurrentUser;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Nobody decides a deputyship they take part in: not the user going away, not the deputy, not
 * whoever asked for it. Refused with 403 whatever the client, and the task stays open.
 */
@Component
class UninvolvedApproverPlugin extends UserTaskPlugin {

  private final DeputyService deputies;
  private final CurrentUser currentUser;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  UninvolvedApproverPlugin(@Lazy DeputyService deputies, CurrentUser currentUser) {
    this.deputies = deputies;
    this.currentUser = currentUser;
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(DeputyshipApproval.Tasks.APPROVE_DEPUTYSHIP)) {
      task.whenCompleted(this::completed);
    }
  }

  private void completed(DelegateExecution execution) {
    String approver = currentUser.id();
    if (approver == null) {
      return;
    }
    deputies
        .find(execution.getProcessBusinessKey())
        .filter(deputyship -> deputyship.concerns(approver))
        .ifPresent(
            deputyship -> {
              throw new AuthorizationException(
                  "Separation of duties: "
                      + approver
                      + " takes part in this deputyship and may not decide it");
            });
  }
}
