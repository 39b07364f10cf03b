package org.accord.duediligence.process;

import static org.accord.duediligence.DueDiligenceProcess.Variables.*;

import java.util.Map;
import org.accord.partner.Partner;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The due diligence as the approvers read it in their form, in words rather than codes: what each
 * review found and said, the sanctions screen, the outcome and the risk rating behind it.
 */
final class FindingsForApprovers {

  private static final Map<String, String> WORDS =
      Map.of(
          "CLEAR", "Clear",
          "CONCERNS", "Concerns",
          "BLOCKING", "Blocking",
          "ACCEPT_RISK", "Risk accepted",
          "REJECT", "Rejected",
          "CLEARED", "cleared",
          "FAILED", "failed",
          "LOW", "Low",
          "MEDIUM", "Medium",
          "HIGH", "High");

  private FindingsForApprovers() {}

  /** After the reviews of this agreement's due diligence. */
  static String of(DelegateExecution execution, String outcome, String sanctionsScreen) {
    StringBuilder text = new StringBuilder();
    review(text, "Legal review", execution, LEGAL_FINDINGS, LEGAL_COMMENT);
    review(text, "Financial review", execution, FINANCIAL_FINDINGS, FINANCIAL_COMMENT);
    review(text, "Compliance review", execution, COMPLIANCE_DECISION, COMPLIANCE_COMMENT);
    text.append("Sanctions screening: ").append(sanctionsScreen).append('\n');
    text.append("Outcome: due diligence ")
        .append(words(outcome))
        .append(", partner risk rating ")
        .append(words((String) execution.getVariable(RISK_RATING)))
        .append('.');
    return text.toString();
  }

  /** When the partner's last due diligence still holds and this agreement needs none. */
  static String onRecord(Partner partner) {
    return "No new due diligence: the partner's last one was "
        + words(partner.dueDiligenceOutcome())
        + " with risk rating "
        + words(partner.riskRating())
        + ", valid until "
        + partner.dueDiligenceExpiresOn()
        + ".";
  }

  private static void review(
      StringBuilder text,
      String review,
      DelegateExecution execution,
      String findingVariable,
      String commentVariable) {
    Object finding = execution.getVariable(findingVariable);
    if (finding == null) {
      return;
    }
    text.append(review).append(": ").append(words(finding.toString()));
    Object comment = execution.getVariable(commentVariable);
    if (comment != null && !comment.toString().isBlank()) {
      text.append(". ").append(comment.toString().strip());
    }
    text.append('\n');
  }

  private static String words(String code) {
    return code == null ? "not rated" : WORDS.getOrDefault(code, code);
  }
}
