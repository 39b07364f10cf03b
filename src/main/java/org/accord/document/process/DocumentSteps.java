package org.accord.document.process;

import java.util.Comparator;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Decision;
import org.accord.agreement.PartnershipAgreementProcess.Tasks;
import org.accord.agreement.PartnershipAgreementProcess.Variables;
import org.accord.document.MouDocument.Signature;
import org.accord.document.MouDocument.Signatures;
import org.accord.document.MouDocuments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The documents the agreement's process asks for: {@code ${documentSteps.prepareMou(execution)}}
 * before signing, {@code ${documentSteps.sealMou(execution)}} once both parties have signed.
 */
@Component("documentSteps")
public class DocumentSteps {

  private final MouDocuments documents;
  private final AgreementService agreements;

  DocumentSteps(MouDocuments documents, AgreementService agreements) {
    this.documents = documents;
    this.agreements = agreements;
  }

  public void prepareMou(DelegateExecution execution) {
    documents.prepareMou(execution.getProcessBusinessKey());
  }

  /**
   * Who signed for each party (their user ids, the MoU names them) and when, as the decisions were
   * recorded; with the name each typed and the title the partner's representative gave.
   */
  public void sealMou(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    List<Decision> decisions = agreements.decisions(reference);
    documents.sealMou(
        reference,
        new Signatures(
            signature(
                execution, decisions, Tasks.SIGN_MOU_AGENCY, Variables.AGENCY_SIGNATORY, null),
            signature(
                execution,
                decisions,
                Tasks.SIGN_MOU_PARTNER,
                Variables.PARTNER_SIGNATORY,
                Variables.PARTNER_SIGNATORY_TITLE)));
  }

  private static Signature signature(
      DelegateExecution execution,
      List<Decision> decisions,
      String taskKey,
      String nameVariable,
      String titleVariable) {
    Decision signed = latest(decisions, taskKey);
    return new Signature(
        signed.decidedBy(),
        signed.actingFor(),
        text(execution, nameVariable),
        titleVariable == null ? null : text(execution, titleVariable),
        signed.decidedAt());
  }

  private static String text(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    return value == null ? null : value.toString();
  }

  private static Decision latest(List<Decision> decisions, String taskKey) {
    return decisions.stream()
        .filter(decision -> decision.taskKey().equals(taskKey))
        .max(Comparator.comparing(Decision::decidedAt))
        .orElseThrow(() -> new IllegalStateException("No " + taskKey + " decision recorded"));
  }
}
