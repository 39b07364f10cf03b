package org.accord.identity.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.accord.identity.DeputyService;
import org.accord.identity.Deputyship;
import org.accord.identity.DeputyshipApproval.Variables;
import org.accord.identity.DeputyshipStatus;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The steps of {@code deputyship-approval}, named in its BPMN as {@code deputyshipSteps}. */
@Component("deputyshipSteps")
public class DeputyshipSteps {

  private final DeputyService deputies;
  private final CurrentUser currentUser;
  private final Clock clock;

  DeputyshipSteps(DeputyService deputies, CurrentUser currentUser, Clock clock) {
    this.deputies = deputies;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Decided on the window's first day at the latest, when it would take effect. */
  public Date decideBy(DelegateExecution execution) {
    return startOf(deputyship(execution).from().plusDays(1));
  }

  /** A request still undecided when its window is over has nothing left to approve. */
  public Date lapsesAt(DelegateExecution execution) {
    return startOf(deputyship(execution).until().plusDays(1));
  }

  public void approve(DelegateExecution execution) {
    decide(execution, DeputyshipStatus.APPROVED);
  }

  public void refuse(DelegateExecution execution) {
    decide(execution, DeputyshipStatus.REFUSED);
  }

  public void lapse(DelegateExecution execution) {
    deputies.decide(
        execution.getProcessBusinessKey(), DeputyshipStatus.LAPSED, CurrentUser.SYSTEM, null);
  }

  private void decide(DelegateExecution execution, DeputyshipStatus outcome) {
    Object comment = execution.getVariable(Variables.COMMENT);
    deputies.decide(
        execution.getProcessBusinessKey(),
        outcome,
        currentUser.actor(),
        comment == null || comment.toString().isBlank() ? null : comment.toString());
  }

  private Deputyship deputyship(DelegateExecution execution) {
    return deputies
        .find(execution.getProcessBusinessKey())
        .orElseThrow(
            () ->
                new IllegalStateException("No deputyship of " + execution.getProcessBusinessKey()));
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }
}
