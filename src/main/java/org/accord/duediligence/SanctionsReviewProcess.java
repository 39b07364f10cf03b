package org.accord.duediligence;

import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.Verdict;

/**
 * The process API of {@code sanctions-review}: compliance decides whether a partner matched on the
 * sanctions list by re-screening is the listed individual or entity. Business key = partner code.
 */
public final class SanctionsReviewProcess {

  public static final String KEY = "sanctions-review";

  public static final class Tasks {
    public static final String REVIEW_SANCTIONS_MATCH = "reviewSanctionsMatch";

    private Tasks() {}
  }

  public static final class Variables {
    public static final String PARTNER_CODE = "partnerCode";
    public static final String PARTNER_NAME = "partnerName";

    /** The listed name or alias the partner's name resembles. */
    public static final String MATCHED_NAME = "matchedName";

    public static final String LIST_ENTRY_NAME = "listEntryName";
    public static final String LIST_ENTRY_REFERENCE = "listEntryReference";
    public static final String LIST_TYPE = "listType";
    public static final String LISTED_ON = "listedOn";

    /** The partner's agreements that have not ended, one per line, when the match was found. */
    public static final String OPEN_AGREEMENTS = "openAgreements";

    public static final String SANCTIONS_DECISION = "sanctionsDecision";
    public static final String SANCTIONS_COMMENT = "sanctionsComment";

    private Variables() {}
  }

  /** Compliance's decision on a match: a confirmed match stops the partner's work, and says why. */
  public enum SanctionsDecision implements DecisionValue {
    FALSE_POSITIVE(Verdict.APPROVED),
    CONFIRMED_MATCH(Verdict.REJECTED);

    private final Verdict verdict;

    SanctionsDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  private SanctionsReviewProcess() {}
}
