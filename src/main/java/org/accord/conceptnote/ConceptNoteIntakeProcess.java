package org.accord.conceptnote;

import java.util.OptionalLong;
import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.NumberedBusinessKey;
import org.accord.shared.process.Verdict;

/**
 * The API of the {@code concept-note-intake} process: one instance per concept note, from its
 * submission to its acceptance as a proposal or its decline. Business key: {@code CN-<id>}.
 */
public final class ConceptNoteIntakeProcess {

  public static final String KEY = "concept-note-intake";

  private static final NumberedBusinessKey BUSINESS_KEY = new NumberedBusinessKey("CN-");

  private ConceptNoteIntakeProcess() {}

  public static String businessKey(long conceptNoteId) {
    return BUSINESS_KEY.of(conceptNoteId);
  }

  /** The concept note of a business key of this process; none for any other key. */
  public static OptionalLong conceptNoteId(String businessKey) {
    return BUSINESS_KEY.numberOf(businessKey);
  }

  public static final class Tasks {
    public static final String REVIEW_CONCEPT_NOTE = "reviewConceptNote";

    private Tasks() {}
  }

  public static final class Messages {
    /** The member answered the officers' question: the note goes back to review. */
    public static final String CONCEPT_NOTE_ANSWERED = "ConceptNoteAnswered";

    private Messages() {}
  }

  public static final class Variables {
    public static final String CONCEPT_NOTE_ID = "conceptNoteId";

    /** Tasklist shows it under the task, to tell one note from another. */
    public static final String TITLE = "title";

    public static final String PARTNER_NAME = "partnerName";

    /** The note as the review form shows it, read-only. */
    public static final String PRIORITY = "priority";

    public static final String REGION = "region";
    public static final String COUNTRIES = "countryNames";
    public static final String SUMMARY = "summary";
    public static final String ESTIMATED_BUDGET = "estimatedBudget";
    public static final String CONTRIBUTION = "contribution";
    public static final String SOUGHT = "sought";

    /** The questions asked and the answers given so far, as text for reading. */
    public static final String EXCHANGES = "exchanges";

    // reviewConceptNote.
    public static final String DECISION = "conceptNoteDecision";

    /** The question to ask, or the reason to decline. */
    public static final String COMMENT = "conceptNoteComment";

    /**
     * As whom the member joins the proposal an accepted note becomes: {@link AcceptedAs}, PARTNER
     * when left out.
     */
    public static final String ACCEPTED_AS = "acceptedAs";

    /** The lead partner's code, when the member joins as co-partner. */
    public static final String LEAD_PARTNER_CODE = "leadPartnerCode";

    // What an accepted note's proposal needs that a concept note does not say.
    public static final String AGREEMENT_TYPE = "agreementType";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String OUTPUT_TYPE = "outputType";
    public static final String REPORTING_FREQUENCY = "reportingFrequency";
    public static final String OBJECTIVE = "objective";
    public static final String INDICATOR_NAME = "indicatorName";
    public static final String INDICATOR_UNIT = "indicatorUnit";
    public static final String INDICATOR_BASELINE = "indicatorBaseline";
    public static final String INDICATOR_TARGET = "indicatorTarget";

    /** The proposal an accepted note became. */
    public static final String AGREEMENT_REFERENCE = "agreementReference";

    private Variables() {}
  }

  /**
   * As whom the member joins the proposal: as its (lead) partner, or as co-partner beside a lead
   * partner the officer names, who signs off and signs the MoU.
   */
  public enum AcceptedAs {
    PARTNER,
    CO_PARTNER
  }

  /** The review's decision. */
  public enum Decision implements DecisionValue {
    ACCEPT(Verdict.APPROVED),
    ASK(Verdict.SENT_BACK),
    DECLINE(Verdict.REJECTED);

    private final Verdict verdict;

    Decision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }
}
