package org.accord.duties.process;

import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.duties.Act;
import org.accord.duties.DutiesTable;
import org.accord.duties.SeparationOfDuties;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Holds an act against the agreement's earlier acts and the separation-of-duties table, inside an
 * engine command: a breach is refused with 403 naming the rule, whether the act is a completion or
 * the claim that comes before it.
 */
@Component
class DutiesCheck {

  private final AgreementService agreements;
  private volatile SeparationOfDuties duties;

  // Lazy: the engine's plugins ask for it while the engine is being built.
  DutiesCheck(@Lazy AgreementService agreements) {
    this.agreements = agreements;
  }

  /** Whether the business key is an agreement's: deputyships and sanctions reviews are not. */
  boolean isAgreement(String reference) {
    return reference != null && agreements.find(reference).isPresent();
  }

  void require(Act act, String reference) {
    List<Act> earlier = agreements.decisions(reference).stream().map(Act::of).toList();
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
