package org.accord.duediligence;

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

  public static final String BLOCKING = "BLOCKING";
  public static final String REJECT = "REJECT";
  public static final String CLEARED = "CLEARED";
  public static final String FAILED = "FAILED";

  private DueDiligenceProcess() {}
}
