package org.accord.duediligence.process;

import static org.accord.duediligence.DueDiligenceProcess.CLEARED;
import static org.accord.duediligence.DueDiligenceProcess.FAILED;
import static org.accord.duediligence.DueDiligenceProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import org.accord.duediligence.DueDiligenceCompleted;
import org.accord.duediligence.DueDiligenceCompleted.Finding;
import org.accord.duediligence.DueDiligenceProcess.ComplianceDecision;
import org.accord.duediligence.DueDiligenceProcess.Findings;
import org.accord.duediligence.DueDiligenceProcess.Tasks;
import org.accord.duediligence.DueDiligenceService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides the outcome from the findings (any BLOCKING finding or a compliance rejection fails it)
 * and keeps it on the partner's record, so later agreements can rely on it.
 */
@Component
class RecordDueDiligenceDelegate implements JavaDelegate {

  private final DueDiligenceService dueDiligence;
  private final ApplicationEventPublisher events;

  RecordDueDiligenceDelegate(DueDiligenceService dueDiligence, ApplicationEventPublisher events) {
    this.dueDiligence = dueDiligence;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean failed =
        Findings.BLOCKING.name().equals(execution.getVariable(LEGAL_FINDINGS))
            || Findings.BLOCKING.name().equals(execution.getVariable(FINANCIAL_FINDINGS))
            || ComplianceDecision.REJECT.name().equals(execution.getVariable(COMPLIANCE_DECISION));
    String outcome = failed ? FAILED : CLEARED;
    dueDiligence.record(
        (String) execution.getVariable(PARTNER_CODE),
        outcome,
        (String) execution.getVariable(RISK_RATING));
    execution.setVariable(OUTCOME, outcome);
    List<Finding> findings = new ArrayList<>();
    findings.add(finding(execution, Tasks.LEGAL_REVIEW, LEGAL_FINDINGS, LEGAL_COMMENT));
    findings.add(finding(execution, Tasks.FINANCIAL_REVIEW, FINANCIAL_FINDINGS, FINANCIAL_COMMENT));
    if (execution.getVariable(COMPLIANCE_DECISION) != null) {
      findings.add(
          finding(execution, Tasks.COMPLIANCE_REVIEW, COMPLIANCE_DECISION, COMPLIANCE_COMMENT));
    }
    Object match = execution.getVariable(SANCTIONS_MATCH_DETAIL);
    String sanctionsScreen =
        Boolean.TRUE.equals(execution.getVariable(SANCTIONS_MATCH))
            ? "Possible match: " + match
            : "No match on the consolidated sanctions list";
    execution.setVariable(FINDINGS, FindingsForApprovers.of(execution, outcome, sanctionsScreen));
    events.publishEvent(
        new DueDiligenceCompleted(
            execution.getProcessBusinessKey(),
            (String) execution.getVariable(PARTNER_CODE),
            outcome,
            (String) execution.getVariable(RISK_RATING),
            sanctionsScreen,
            findings));
  }

  private static Finding finding(
      DelegateExecution execution, String review, String findingVariable, String commentVariable) {
    Object finding = execution.getVariable(findingVariable);
    Object comment = execution.getVariable(commentVariable);
    return new Finding(
        review,
        finding == null ? "" : finding.toString(),
        comment == null ? "" : comment.toString());
  }
}
