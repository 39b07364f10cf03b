package org.accord.initiative;

import java.util.OptionalLong;
import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.NumberedBusinessKey;
import org.accord.shared.process.Verdict;

/**
 * The API of the {@code initiative-membership} process: one instance per request to join an
 * initiative, from the request to the member leaving. Business key: {@code IM-<membership id>}.
 */
public final class InitiativeMembershipProcess {

  public static final String KEY = "initiative-membership";

  private static final NumberedBusinessKey BUSINESS_KEY = new NumberedBusinessKey("IM-");

  private InitiativeMembershipProcess() {}

  public static String businessKey(long membershipId) {
    return BUSINESS_KEY.of(membershipId);
  }

  /** The membership of a business key of this process; none for any other key. */
  public static OptionalLong membershipId(String businessKey) {
    return BUSINESS_KEY.numberOf(businessKey);
  }

  public static final class Tasks {
    public static final String REVIEW_MEMBERSHIP = "reviewMembership";
    public static final String REPORT_COMMITMENTS = "reportCommitments";

    private Tasks() {}
  }

  /** Acts the separation-of-duties table names that are not user tasks. */
  public static final class Duties {
    /** Asking for a partner to join, through the API or the Tasklist start form. */
    public static final String REQUEST_MEMBERSHIP = "requestMembership";

    private Duties() {}
  }

  public static final class Messages {
    /** The member leaves the initiative: the membership ends, whatever it was waiting for. */
    public static final String MEMBERSHIP_ENDED = "MembershipEnded";

    private Messages() {}
  }

  public static final class Variables {
    public static final String MEMBERSHIP_ID = "membershipId";

    /** Tasklist shows it under the task, to tell one request from another. */
    public static final String TITLE = "title";

    /** The initiative's code: the start form asks for it. */
    public static final String INITIATIVE = "initiative";

    public static final String INITIATIVE_TITLE = "initiativeTitle";
    public static final String PARTNER_CODE = "partnerCode";
    public static final String ROLE = "role";
    public static final String FOCAL_POINT_NAME = "focalPointName";
    public static final String FOCAL_POINT_EMAIL = "focalPointEmail";

    /** Who reviews the request: the initiative's lead group. */
    public static final String LEAD_GROUP = "leadGroup";

    /** Who reports the member's deliveries: its representatives' group. */
    public static final String MEMBER_GROUP = "memberGroup";

    /** The day the member was accepted (yyyy-MM-dd): its reporting years count from it. */
    public static final String MEMBER_SINCE = "memberSince";

    /** The reporting year the member's next report closes: 1, 2, … */
    public static final String REPORTING_YEAR = "reportingYear";

    /** The commitments, as text for reading. */
    public static final String COMMITMENTS = "commitments";

    // The start form's committed inputs, one of each kind at most.
    public static final String CASH_AMOUNT = "cashAmount";
    public static final String CASH_CURRENCY = "cashCurrency";
    public static final String IN_KIND_VALUE = "inKindValue";
    public static final String IN_KIND_CURRENCY = "inKindCurrency";
    public static final String IN_KIND_DESCRIPTION = "inKindDescription";
    public static final String EXPERTISE_TOPIC = "expertiseTopic";
    public static final String EXPERTISE_PERSON_DAYS = "expertisePersonDays";

    // reviewMembership.
    public static final String DECISION = "membershipDecision";
    public static final String COMMENT = "membershipComment";

    // reportCommitments: what was committed, and what was delivered in the year.
    public static final String CASH_COMMITTED = "cashCommitted";
    public static final String IN_KIND_COMMITTED = "inKindCommitted";
    public static final String EXPERTISE_COMMITTED = "expertiseCommitted";
    public static final String DELIVERED_CASH = "deliveredCash";
    public static final String DELIVERED_IN_KIND = "deliveredInKind";
    public static final String DELIVERED_PERSON_DAYS = "deliveredPersonDays";
    public static final String DELIVERY_NOTE = "deliveryNote";

    private Variables() {}
  }

  /** The review's decision. */
  public enum Decision implements DecisionValue {
    ACCEPT(Verdict.APPROVED),
    REFUSE(Verdict.REJECTED);

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
