package org.accord.funds.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.BALANCE_TO_SETTLE;
import static org.accord.agreement.PartnershipAgreementProcess.Variables.CASH_POSITION;

import org.accord.funds.BalanceSettlements;
import org.accord.funds.CashPosition;
import org.accord.funds.CashPositions;
import org.accord.shared.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the closure of {@code partnership-agreement} asks of the funds: whether a balance is left to
 * settle, and the ledger finance's form shows.
 */
@Component("settlementSteps")
public class SettlementSteps {

  private final BalanceSettlements settlements;
  private final CashPositions cash;

  SettlementSteps(BalanceSettlements settlements, CashPositions cash) {
    this.settlements = settlements;
    this.cash = cash;
  }

  public boolean balanceToSettle(DelegateExecution execution) {
    return settlements.isNeeded(execution.getProcessBusinessKey());
  }

  /** The ledger at the moment the task opens, as text finance reads. */
  public void showCashPosition(DelegateExecution execution) {
    CashPosition position = cash.of(execution.getProcessBusinessKey());
    String currency = position.currency();
    execution.setVariable(
        CASH_POSITION,
        "Budget (partner's cash): "
            + Money.of(position.budget(), currency)
            + "\nReceived: "
            + Money.of(position.received(), currency)
            + "\nSpent (accepted reports): "
            + Money.of(position.spent(), currency)
            + "\nBurn rate: "
            + position.burnRatePercent()
            + "%");
    execution.setVariable(BALANCE_TO_SETTLE, Money.of(position.balance(), currency));
  }
}
