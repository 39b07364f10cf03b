package org.accord.training;

import java.util.OptionalLong;
import org.accord.shared.process.NumberedBusinessKey;

/**
 * The API of the {@code training-session} process: one instance per session of a training
 * cooperation, from its creation until the partner's share of its revenue is paid (or it is
 * cancelled). Business key: {@code TS-<session id>}.
 */
public final class TrainingSessionProcess {

  public static final String KEY = "training-session";

  private static final NumberedBusinessKey BUSINESS_KEY = new NumberedBusinessKey("TS-");

  private TrainingSessionProcess() {}

  public static String businessKey(long sessionId) {
    return BUSINESS_KEY.of(sessionId);
  }

  /** The session of a business key of this process; none for any other key. */
  public static OptionalLong sessionId(String businessKey) {
    return BUSINESS_KEY.numberOf(businessKey);
  }

  public static final class Tasks {
    public static final String CLOSE_SESSION = "closeSession";
    public static final String SETTLE_REVENUE_SHARE = "settleRevenueShare";

    private Tasks() {}
  }

  public static final class Messages {
    /** An officer cancelled the session: nothing is closed or shared. */
    public static final String SESSION_CANCELLED = "TrainingSessionCancelled";

    private Messages() {}
  }

  public static final class Variables {
    public static final String SESSION_ID = "sessionId";

    /** When the session ends: the timer of its closure. */
    public static final String SESSION_ENDS = "sessionEnds";

    /** Tasklist shows it under the task, to tell one session from another. */
    public static final String TITLE = "title";

    public static final String PARTNER_NAME = "partnerName";

    /** The session as the closing form shows it, read-only: dates, venue, participants. */
    public static final String SESSION = "session";

    /** The fees received and how the terms split them, as text for reading. */
    public static final String REVENUE = "revenue";

    /** The terms' costs and who bears each, as text for reading. */
    public static final String COST_ALLOCATION = "costAllocation";

    // closeSession.
    public static final String COMPLETION_CONFIRMED = "completionConfirmed";

    /** One line per cost of the session: "item: amount", the items of the terms. */
    public static final String SESSION_COSTS = "sessionCosts";

    public static final String COST_CURRENCY = "costCurrency";

    /** The partner's share to pay, as finance's form shows it. */
    public static final String PARTNER_SHARE = "partnerShare";

    // settleRevenueShare.
    public static final String PAYMENT_AMOUNT = "paymentAmount";
    public static final String PAYMENT_CURRENCY = "paymentCurrency";
    public static final String PAID_ON = "paidOn";
    public static final String BANK_REFERENCE = "bankReference";

    private Variables() {}
  }
}
