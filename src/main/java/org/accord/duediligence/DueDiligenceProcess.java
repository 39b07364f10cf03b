package org.accord.duediligence;

import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.Verdict;

/** The process API of {@code due-diligence}: ids and variable names, kept stable. */
public final class DueDiligenceProcess {

  public static final String KEY = "due-diligence";

  public static final class Tasks {
    public static final String LEGAL_REVIEW = "legalReview";
    public static final String FINANCIAL_REVIEW = "financialReview";
    public static final String COMPLIANCE_REVIEW = "complianceReview";

    private Tasks() {}
  }

  public static final class Variables {
    public static final String PARTNER_CODE = "partnerCode";
    public static final String PARTNER_NAME = "partnerName";
    public static final String SANCTIONS_MATCH = "sanctionsMatch";
    public static final String SANCTIONS_MATCH_DETAIL = "sanctionsMatchDetail";
    public static final String LEGAL_FINDINGS = "legalFindings";
    public static final String FINANCIAL_FINDINGS = "financialFindings";
    public static final String COMPLIANCE_DECISION = "complianceDecision";
    public static final String LEGAL_COMMENT = "legalComment";
    public static final String FINANCIAL_COMMENT = "financialComment";
    public static final String COMPLIANCE_COMMENT = "complianceComment";
    public static final String RISK_RATING = "riskRating";
    public static final String OUTCOME = "dueDiligenceOutcome";
    public static final String REQUIRED = "dueDiligenceRequired";

    /** The findings as the approvers read them: each review's finding and comment. */
    public static final String FINDINGS = "dueDiligenceFindings";

    private Variables() {}
  }

  public static final String CLEARED = "CLEARED";
  public static final String FAILED = "FAILED";

  /** What a legal or financial review found. */
  public enum Findings implements DecisionValue {
    CLEAR(Verdict.RECORDED),
    CONCERNS(Verdict.RECORDED),
    BLOCKING(Verdict.RECORDED);

    private final Verdict verdict;

    Findings(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  /** Compliance's decision on the partner's risk; accepting it is argued too. */
  public enum ComplianceDecision implements DecisionValue {
    ACCEPT_RISK(Verdict.APPROVED),
    REJECT(Verdict.REJECTED);

    private final Verdict verdict;

    ComplianceDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }

    @Override
    public boolean needsComment() {
      return true;
    }
  }

  private DueDiligenceProcess() {}
}
