package org.accord.document.process;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Decision;
import org.accord.document.DocumentService;
import org.accord.document.MouDocument.Signatures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The documents the agreement's process asks for: {@code ${documentSteps.prepareMou(execution)}}
 * before signing, {@code ${documentSteps.sealMou(execution)}} once both parties have signed.
 */
@Component("documentSteps")
public class DocumentSteps {

  private final DocumentService documents;
  private final AgreementService agreements;

  DocumentSteps(DocumentService documents, AgreementService agreements) {
    this.documents = documents;
    this.agreements = agreements;
  }

  public void prepareMou(DelegateExecution execution) {
    documents.prepareMou(execution.getProcessBusinessKey());
  }

  /** The signatories as they named themselves, at the times the decisions were recorded. */
  public void sealMou(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    List<Decision> decisions = agreements.decisions(reference);
    documents.sealMou(
        reference,
        new Signatures(
            name(execution, "agencySignatory", decisions, "signMouAgency"),
            signedAt(decisions, "signMouAgency"),
            name(execution, "partnerSignatory", decisions, "signMouPartner"),
            signedAt(decisions, "signMouPartner")));
  }

  private static String name(
      DelegateExecution execution, String variable, List<Decision> decisions, String taskKey) {
    Object name = execution.getVariable(variable);
    return name != null && !name.toString().isBlank()
        ? name.toString().strip()
        : latest(decisions, taskKey).decidedBy();
  }

  private static OffsetDateTime signedAt(List<Decision> decisions, String taskKey) {
    return latest(decisions, taskKey).decidedAt();
  }

  private static Decision latest(List<Decision> decisions, String taskKey) {
    return decisions.stream()
        .filter(decision -> decision.taskKey().equals(taskKey))
        .max(Comparator.comparing(Decision::decidedAt))
        .orElseThrow(() -> new IllegalStateException("No " + taskKey + " decision recorded"));
  }
}
