package org.accord.initiative.process;

import java.util.List;
import org.accord.duties.Act;
import org.accord.duties.DutiesGuard;
import org.accord.duties.EarlierActs;
import org.accord.identity.DeputyHandOver;
import org.accord.initiative.InitiativeMembershipProcess;
import org.accord.initiative.InitiativeMembershipProcess.Duties;
import org.accord.initiative.InitiativeMembershipProcess.Tasks;
import org.accord.initiative.Memberships;
import org.accord.security.CurrentUser;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The separation of duties for a request to join: whoever asked for the partner to join (its
 * representative or an officer) does not review the request, deputy or not. The request is the
 * earlier act; the table {@code separation-of-duties} holds the rule.
 */
@Component
class MembershipDuties extends UserTaskPlugin implements EarlierActs {

  private final Memberships memberships;
  private final DutiesGuard duties;
  private final CurrentUser currentUser;

  MembershipDuties(
      @Lazy Memberships memberships, @Lazy DutiesGuard duties, CurrentUser currentUser) {
    this.memberships = memberships;
    this.duties = duties;
    this.currentUser = currentUser;
  }

  @Override
  public List<Act> on(String reference) {
    return InitiativeMembershipProcess.membershipId(reference).stream()
        .mapToObj(
            id ->
                new Act(
                    Duties.REQUEST_MEMBERSHIP,
                    memberships.membership(id).requestedBy(),
                    null,
                    reference,
                    null))
        .toList();
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(Tasks.REVIEW_MEMBERSHIP)) {
      task.whenCompleted(this::reviewed);
    }
  }

  private void reviewed(DelegateExecution execution) {
    if (currentUser.id() == null) {
      return;
    }
    Object actingFor = execution.getVariable(DeputyHandOver.ACTING_FOR);
    String reference = execution.getProcessBusinessKey();
    duties.require(
        new Act(
            Tasks.REVIEW_MEMBERSHIP,
            currentUser.actor(),
            actingFor == null ? null : actingFor.toString(),
            reference,
            null),
        reference);
  }
}
