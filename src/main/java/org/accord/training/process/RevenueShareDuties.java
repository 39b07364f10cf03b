package org.accord.training.process;

import java.util.List;
import java.util.Optional;
import org.accord.duties.Act;
import org.accord.duties.DutiesGuard;
import org.accord.duties.EarlierActs;
import org.accord.identity.DeputyHandOver;
import org.accord.security.CurrentUser;
import org.accord.shared.process.UserTaskPlugin;
import org.accord.training.SessionClosures;
import org.accord.training.TrainingSessionProcess;
import org.accord.training.TrainingSessionProcess.Tasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The separation of duties for a session's revenue: whoever closed the session (and stated its
 * costs) does not record the payment of the partner's share, deputy or not. The closure is the
 * earlier act; the table {@code separation-of-duties} holds the rule.
 */
@Component
class RevenueShareDuties extends UserTaskPlugin implements EarlierActs {

  private final SessionClosures closures;
  private final DutiesGuard duties;
  private final CurrentUser currentUser;

  RevenueShareDuties(
      @Lazy SessionClosures closures, @Lazy DutiesGuard duties, CurrentUser currentUser) {
    this.closures = closures;
    this.duties = duties;
    this.currentUser = currentUser;
  }

  @Override
  public List<Act> on(String reference) {
    return TrainingSessionProcess.sessionId(reference).stream()
        .mapToObj(closures::closedBy)
        .flatMap(Optional::stream)
        .map(closer -> new Act(Tasks.CLOSE_SESSION, closer, null, reference, null))
        .toList();
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(Tasks.SETTLE_REVENUE_SHARE)) {
      task.whenCompleted(this::settled);
    }
  }

  private void settled(DelegateExecution execution) {
    if (currentUser.id() == null) {
      return;
    }
    Object actingFor = execution.getVariable(DeputyHandOver.ACTING_FOR);
    String reference = execution.getProcessBusinessKey();
    duties.require(
        new Act(
            Tasks.SETTLE_REVENUE_SHARE,
            currentUser.actor(),
            actingFor == null ? null : actingFor.toString(),
            reference,
            null),
        reference);
  }
}
