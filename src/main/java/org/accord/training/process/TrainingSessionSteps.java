package org.accord.training.process;

import static org.accord.training.TrainingSessionProcess.Variables.*;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.accord.shared.Money;
import org.accord.training.RevenueStatements;
import org.accord.training.SessionClosure;
import org.accord.training.SessionClosures;
import org.accord.training.TrainingSession;
import org.accord.training.TrainingSessionProcess;
import org.accord.training.TrainingTerms;
import org.accord.training.TrainingTerms.CostItem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code training-session} asks of the training module: the session and its revenue as the
 * closing form shows them, the statement to the partner, whether the partner has a share to be
 * paid, and that share as finance's form shows it.
 */
@Component("trainingSessionSteps")
public class TrainingSessionSteps {

  private final SessionClosures closures;
  private final RevenueStatements statements;

  TrainingSessionSteps(SessionClosures closures, RevenueStatements statements) {
    this.closures = closures;
    this.statements = statements;
  }

  /** The session, its fees received and their split as they stand when the task opens. */
  public void showSession(DelegateExecution execution) {
    SessionClosures.Preview preview = closures.preview(sessionId(execution));
    TrainingSession session = preview.session();
    String currency = session.currency();
    TrainingTerms.RevenueShare share = preview.terms().revenueShare();
    execution.setVariable(
        SESSION,
        session.course().title()
            + "\n"
            + session.startDate()
            + " to "
            + session.endDate()
            + ", "
            + session.venue()
            + "\nConfirmed participants: "
            + session.confirmed()
            + " of "
            + session.capacity());
    execution.setVariable(
        REVENUE,
        "Fees received: "
            + Money.of(preview.revenue(), currency)
            + "\nReserve for free seats ("
            + percent(share.reserve())
            + "%): "
            + Money.of(preview.split().reserve(), currency)
            + "\nThe agency ("
            + percent(share.agency())
            + "% of the rest): "
            + Money.of(preview.split().agency(), currency)
            + "\nThe partner ("
            + percent(share.partner())
            + "% of the rest): "
            + Money.of(preview.split().partner(), currency));
    execution.setVariable(
        COST_ALLOCATION,
        preview.terms().costs().stream()
            .map(TrainingSessionSteps::allocation)
            .collect(Collectors.joining("\n")));
    execution.setVariable(
        SESSION_COSTS,
        preview.terms().costs().stream()
            .map(cost -> cost.item() + ": ")
            .collect(Collectors.joining("\n")));
    execution.setVariable(COST_CURRENCY, currency);
  }

  /** The revenue-share statement to the partner, once. */
  public void sendStatement(DelegateExecution execution) {
    statements.send(sessionId(execution));
  }

  public boolean partnerSharePayable(DelegateExecution execution) {
    return closures.require(sessionId(execution)).partnerSharePayable();
  }

  /** The partner's share to pay, as finance's form shows it. */
  public void showPartnerShare(DelegateExecution execution) {
    SessionClosure closure = closures.require(sessionId(execution));
    execution.setVariable(PARTNER_SHARE, Money.of(closure.partnerShare(), closure.currency()));
    execution.setVariable(PAYMENT_CURRENCY, closure.currency());
  }

  private static long sessionId(DelegateExecution execution) {
    return TrainingSessionProcess.sessionId(execution.getProcessBusinessKey()).orElseThrow();
  }

  /** 10.00 reads "10". */
  private static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String allocation(CostItem cost) {
    return cost.item()
        + ": "
        + switch (cost.borneBy()) {
          case AGENCY -> "the agency";
          case PARTNER -> "the partner";
          case SHARED ->
              "shared, the agency "
                  + percent(cost.agencyShare())
                  + "%, the partner "
                  + percent(cost.partnerShare())
                  + "%";
        };
  }
}
