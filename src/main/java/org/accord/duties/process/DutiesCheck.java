package org.accord.duties.process;

import java.util.List;
import java.util.stream.Stream;
import org.accord.agreement.AgreementService;
import org.accord.duties.Act;
import org.accord.duties.DutiesTable;
import org.accord.duties.EarlierActs;
import org.accord.duties.SeparationOfDuties;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Holds an act against the agreement's earlier acts and the separation-of-duties table, inside an
 * engine command: a breach is refused with 403 naming the rule, whether the act is a completion or
 * the claim that comes before it.
 */
@Component
public class DutiesCheck {

  private final AgreementService agreements;
  private final ObjectProvider<EarlierActs> otherActs;
  private volatile SeparationOfDuties duties;

  // Lazy: the engine's plugins ask for it while the engine is being built.
  DutiesCheck(@Lazy AgreementService agreements, ObjectProvider<EarlierActs> otherActs) {
    this.agreements = agreements;
    this.otherActs = otherActs;
  }

  /**
   * Whether the business key is an agreement's: deputyships, sanctions reviews and membership
   * requests are not.
   */
  boolean isAgreement(String reference) {
    return reference != null && agreements.find(reference).isPresent();
  }

  /** Inside an engine command: the table is read from the engine's deployment cache. */
  public void require(Act act, String reference) {
    List<Act> earlier =
        Stream.concat(
                // An initiative's membership request has no agreement: its acts are all others'.
                isAgreement(reference)
                    ? agreements.decisions(reference).stream().map(Act::of)
                    : Stream.<Act>empty(),
                otherActs.orderedStream().flatMap(acts -> acts.on(reference).stream()))
            .toList();
    duties()
        .breach(act, earlier)
        .ifPresent(
            breach -> {
              throw new AuthorizationException(breach.message());
            });
  }

  /** Read from the engine on first use: the DMN engine is built with the process engine. */
  private SeparationOfDuties duties() {
    if (duties == null) {
      duties =
          new SeparationOfDuties(
              new DutiesTable(
                  Context.getProcessEngineConfiguration().getDmnEngine(),
                  () ->
                      (DmnDecision)
                          Context.getProcessEngineConfiguration()
                              .getDeploymentCache()
                              .findDeployedLatestDecisionDefinitionByKey(
                                  DutiesTable.DECISION_KEY)));
    }
    return duties;
  }
}
