package org.accord.agreement;

import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.Verdict;

/** The process API of {@code partnership-agreement}: ids and variable names, kept stable. */
public final class PartnershipAgreementProcess {

  public static final String KEY = "partnership-agreement";

  /** Correlated by the agreement's process instance: ends it and every process it called. */
  public static final String AGREEMENT_TERMINATED = "AgreementTerminated";

  public static final class Tasks {
    public static final String SCREEN_PROPOSAL = "screenProposal";
    public static final String REVISE_PROPOSAL = "reviseProposal";
    public static final String APPROVE_AGREEMENT = "approveAgreement";
    public static final String DONOR_SIGN_OFF = "donorSignOff";
    public static final String SIGN_MOU_AGENCY = "signMouAgency";
    public static final String SIGN_MOU_PARTNER = "signMouPartner";
    public static final String EVALUATE_AGREEMENT = "evaluateAgreement";

    /** Finance settles the cash balance after the evaluation, before the agreement is CLOSED. */
    public static final String SETTLE_BALANCE = "settleBalance";

    private Tasks() {}
  }

  /** Proposing is a duty of the separation-of-duties table too, though not a user task. */
  public static final class Duties {
    public static final String PROPOSE_AGREEMENT = "proposeAgreement";

    private Duties() {}
  }

  public static final class Elements {
    public static final String DUE_DILIGENCE = "DueDiligence";
    public static final String PROGRESS_REPORTING = "ProgressReporting";
    public static final String REJECTED_AT_SCREENING = "RejectedAtScreening";
    public static final String REJECTED_IN_DUE_DILIGENCE = "RejectedInDueDiligence";
    public static final String REJECTED_IN_APPROVAL = "RejectedInApproval";
    public static final String DECLINED_BY_DONOR = "DeclinedByDonor";
    public static final String AGREEMENT_CLOSED = "AgreementClosed";
    public static final String BALANCE_TO_SETTLE = "BalanceToSettle";
    public static final String AGREEMENT_TERMINATED = "AgreementTerminated";
    public static final String PREPARE_MOU = "PrepareMou";
    public static final String SEAL_MOU = "SealMou";

    private Elements() {}
  }

  public static final class Variables {
    public static final String AGREEMENT_REFERENCE = "agreementReference";
    public static final String TITLE = "title";
    public static final String PARTNER_CODE = "partnerCode";
    public static final String PARTNER_NAME = "partnerName";
    public static final String PARTNER_TYPE = "partnerType";
    public static final String DONOR_GROUP = "donorGroup";

    /**
     * The partners party to the agreement beside the lead partner, as "Name (CODE)" separated by
     * commas, or empty: read-only. Their representatives read the agreement, not its tasks.
     */
    public static final String CO_PARTNER_NAMES = "coPartnerNames";

    /** What the partners would contribute and what they seek, in their own words: read-only. */
    public static final String CONTRIBUTION = "contribution";

    public static final String SOUGHT = "sought";
    public static final String AGREEMENT_TYPE = "agreementType";
    public static final String PRIORITY = "priority";
    public static final String REGION = "region";
    public static final String BENEFICIARY_COUNTRIES = "beneficiaryCountries";

    /** The code of the initiative the agreement belongs to, if any. */
    public static final String INITIATIVE = "initiative";

    /** The language(s) of the agreement's documents, BCP 47 codes, and the bilingual layout. */
    public static final String LANGUAGE = "language";

    public static final String SECOND_LANGUAGE = "secondLanguage";
    public static final String BILINGUAL_LAYOUT = "bilingualLayout";

    /** The beneficiary countries by name, for reading: "Rwanda, Kenya". */
    public static final String BENEFICIARY_COUNTRY_NAMES = "beneficiaryCountryNames";

    public static final String OUTPUT_TYPES = "outputTypes";

    /** The output types by name, for reading: "Toolkits, Technical interventions". */
    public static final String OUTPUT_TYPE_NAMES = "outputTypeNames";

    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String AMOUNT_USD = "amountUsd";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String REPORTING_FREQUENCY = "reportingFrequency";
    public static final String RESULTS_FRAMEWORK = "resultsFramework";

    /** The budget by line and source, and the payment schedule, as text for reading. */
    public static final String BUDGET_TABLE = "budgetTable";

    public static final String PAYMENT_SCHEDULE = "paymentSchedule";

    /**
     * A training cooperation's terms (courses, fees, revenue share, costs, recognition) as text for
     * reading; the training module keeps it current.
     */
    public static final String TRAINING_TERMS = "trainingTerms";

    public static final String DONOR_PROFILE = "donorProfile";
    public static final String TERMINATION_REASON = "terminationReason";
    public static final String DUE_DILIGENCE_REQUIRED = "dueDiligenceRequired";
    public static final String DUE_DILIGENCE_OUTCOME = "dueDiligenceOutcome";
    public static final String DUE_DILIGENCE_FINDINGS = "dueDiligenceFindings";
    public static final String RISK_RATING = "riskRating";
    public static final String APPROVER_GROUPS = "approverGroups";
    public static final String SCREENING_DECISION = "screeningDecision";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String DONOR_DECISION = "donorDecision";
    public static final String SCREENING_COMMENT = "screeningComment";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String DONOR_COMMENT = "donorComment";
    public static final String AGENCY_SIGNED = "agencySigned";
    public static final String AGENCY_SIGNATORY = "agencySignatory";
    public static final String PARTNER_SIGNED = "partnerSigned";
    public static final String PARTNER_SIGNATORY = "partnerSignatory";
    public static final String PARTNER_SIGNATORY_TITLE = "partnerSignatoryTitle";
    public static final String EVALUATION_RATING = "evaluationRating";
    public static final String LESSONS_LEARNED = "lessonsLearned";
    public static final String REVISION_NOTE = "revisionNote";

    // The settlement of the balance at closure: the ledger as text for reading, and the decision.
    public static final String CASH_POSITION = "cashPosition";
    public static final String BALANCE_TO_SETTLE = "balanceToSettle";
    public static final String SETTLEMENT_DECISION = "settlementDecision";
    public static final String SETTLEMENT_NOTE = "settlementNote";
    public static final String REFUND_VALUE_DATE = "refundValueDate";
    public static final String REFUND_BANK_REFERENCE = "refundBankReference";
    public static final String DONOR_CONSENT_REFERENCE = "donorConsentReference";
    public static final String DONOR_CONSENT_DATE = "donorConsentDate";

    // The start form's first objective of the results framework.
    public static final String OBJECTIVE = "objective";
    public static final String ACTIVITY_DESCRIPTION = "activityDescription";
    public static final String ACTIVITY_TIME_FRAME = "activityTimeFrame";
    public static final String ACTIVITY_RESPONSIBLE = "activityResponsible";
    public static final String ACTIVITY_OUTPUTS = "activityOutputs";
    public static final String INDICATOR_NAME = "indicatorName";
    public static final String INDICATOR_UNIT = "indicatorUnit";
    public static final String INDICATOR_BASELINE = "indicatorBaseline";
    public static final String INDICATOR_TARGET = "indicatorTarget";

    private Variables() {}
  }

  /** The officer's screening of a proposal. */
  public enum ScreeningDecision implements DecisionValue {
    ACCEPT(Verdict.APPROVED),
    REVISE(Verdict.SENT_BACK),
    REJECT(Verdict.REJECTED);

    private final Verdict verdict;

    ScreeningDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  /** The approvers' decision under the delegation of authority. */
  public enum ApprovalDecision implements DecisionValue {
    APPROVE(Verdict.APPROVED),
    RETURN(Verdict.SENT_BACK),
    REJECT(Verdict.REJECTED);

    private final Verdict verdict;

    ApprovalDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  /** The partner's sign-off. */
  public enum DonorDecision implements DecisionValue {
    APPROVE(Verdict.APPROVED),
    REQUEST_CHANGES(Verdict.SENT_BACK),
    DECLINE(Verdict.REJECTED);

    private final Verdict verdict;

    DonorDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  /** The closing evaluation: how far the agreement achieved its results. */
  public enum EvaluationRating implements DecisionValue {
    ACHIEVED_AS_PLANNED(Verdict.RECORDED),
    PARTIALLY_ACHIEVED(Verdict.RECORDED),
    NOT_ACHIEVED(Verdict.RECORDED);

    private final Verdict verdict;

    EvaluationRating(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  /**
   * What finance does with the cash left at closure. Every settlement is recorded, none is a yes or
   * a no; all but a refund (whose bank payment speaks for itself) say why.
   */
  public enum SettlementDecision implements DecisionValue {
    /** The unspent balance goes back to the donor: an outgoing payment. */
    REFUND,
    /** The unspent balance stays, for a purpose the donor agreed to in writing. */
    REPROGRAMME,
    /** More was spent than received: the agency bears the difference. */
    COVERED_BY_AGENCY;

    @Override
    public Verdict verdict() {
      return Verdict.RECORDED;
    }

    @Override
    public boolean needsComment() {
      return this != REFUND;
    }
  }

  private PartnershipAgreementProcess() {}
}
