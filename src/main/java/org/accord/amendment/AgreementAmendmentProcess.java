package org.accord.amendment;

import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.Verdict;

/** The process API of {@code agreement-amendment}: ids and variable names, kept stable. */
public final class AgreementAmendmentProcess {

  public static final String KEY = "agreement-amendment";
  public static final String AMENDMENT_REQUESTED = "AmendmentRequested";

  public static final class Tasks {
    public static final String REVIEW_AMENDMENT = "reviewAmendment";
    public static final String APPROVE_AMENDMENT = "approveAmendment";
    public static final String SIGN_OFF_AMENDMENT = "signOffAmendment";

    private Tasks() {}
  }

  /** Requesting is a duty of the separation-of-duties table too, though not a user task. */
  public static final class Duties {
    public static final String REQUEST_AMENDMENT = "requestAmendment";

    private Duties() {}
  }

  public static final class Variables {
    public static final String AGREEMENT_REFERENCE = "agreementReference";
    public static final String TITLE = "title";
    public static final String PARTNER_NAME = "partnerName";
    public static final String AMENDMENT_NUMBER = "amendmentNumber";
    public static final String AMENDMENT_TYPE = "amendmentType";

    public static final String AMENDMENT_SUMMARY = "amendmentSummary";
    public static final String AMENDMENT_JUSTIFICATION = "amendmentJustification";

    /** The budget and payment schedule now and as proposed, when the amendment changes them. */
    public static final String BUDGET_TABLE = "budgetTable";

    public static final String PAYMENT_SCHEDULE = "paymentSchedule";
    public static final String PROPOSED_BUDGET_TABLE = "proposedBudgetTable";
    public static final String PROPOSED_PAYMENT_SCHEDULE = "proposedPaymentSchedule";

    /** A training cooperation's terms now and as the amendment restates them, as text. */
    public static final String TRAINING_TERMS = "trainingTerms";

    public static final String PROPOSED_TRAINING_TERMS = "proposedTrainingTerms";

    public static final String AMENDMENT_REVIEW = "amendmentReview";
    public static final String AMENDMENT_REVIEW_COMMENT = "amendmentReviewComment";
    public static final String APPROVER_GROUPS = "approverGroups";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String DONOR_DECISION = "donorDecision";
    public static final String DONOR_COMMENT = "donorComment";

    private Variables() {}
  }

  /** The officer's review of a requested amendment. */
  public enum ReviewDecision implements DecisionValue {
    ENDORSE(Verdict.APPROVED),
    REJECT(Verdict.REJECTED);

    private final Verdict verdict;

    ReviewDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  /** The approvers' decision on an amendment. */
  public enum ApprovalDecision implements DecisionValue {
    APPROVE(Verdict.APPROVED),
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

  /** The partner's sign-off of an amendment. */
  public enum DonorDecision implements DecisionValue {
    APPROVE(Verdict.APPROVED),
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

  private AgreementAmendmentProcess() {}
}
