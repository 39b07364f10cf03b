package org.accord.funds.process;

import static org.accord.funds.FundsCollectionProcess.Variables.*;

import java.time.ZoneOffset;
import java.util.Date;
import org.accord.funds.Collection;
import org.accord.funds.FundsCollections;
import org.accord.funds.FundsProperties;
import org.accord.shared.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the funds-collection process asks of Accord: the call, what is owed, and its timers. */
@Component("fundsSteps")
public class FundsSteps {

  private final FundsCollections collections;
  private final FundsProperties properties;

  FundsSteps(FundsCollections collections, FundsProperties properties) {
    this.collections = collections;
    this.properties = properties;
  }

  public void call(DelegateExecution execution) {
    collections.call(reference(execution), instalment(execution));
  }

  public void cancel(DelegateExecution execution) {
    collections.cancel(reference(execution), instalment(execution));
  }

  public boolean outstanding(DelegateExecution execution) {
    return collections.isOutstanding(reference(execution), instalment(execution));
  }

  /** What finance's form shows: what is still owed on the instalment. */
  public void showOutstanding(DelegateExecution execution) {
    Collection collection = collections.collection(reference(execution), instalment(execution));
    execution.setVariable(
        OUTSTANDING,
        Money.of(collection.outstanding(), collection.currency())
            + " of "
            + Money.of(collection.amount(), collection.currency())
            + (collection.payBy() == null ? "" : ", to be paid by " + collection.payBy()));
  }

  /** The date the call asked payment by: finance's task is due then. */
  public Date payBy(DelegateExecution execution) {
    Collection collection = collections.collection(reference(execution), instalment(execution));
    return Date.from(collection.payBy().atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** ISO 8601 durations from the call, for the collection's non-interrupting timers. */
  public String reminderAfter() {
    return properties.reminderAfter().toString();
  }

  public String escalationAfter() {
    return properties.escalationAfter().toString();
  }

  private static String reference(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  private static int instalment(DelegateExecution execution) {
    return ((Number) execution.getVariable(INSTALMENT_NUMBER)).intValue();
  }
}
