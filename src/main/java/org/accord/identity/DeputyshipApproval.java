package org.accord.identity;

import java.util.Map;
import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.Verdict;

/** The process API of {@code deputyship-approval}: ids and variable names, kept stable. */
public final class DeputyshipApproval {

  /** Business key: the id of the user going away. */
  public static final String KEY = "deputyship-approval";

  public static final class Tasks {
    public static final String APPROVE_DEPUTYSHIP = "approveDeputyship";

    private Tasks() {}
  }

  public static final class Variables {
    /** Tasklist shows it under the task, to tell one request from another. */
    public static final String TITLE = "title";

    public static final String ABSENT_USER = "absentUser";
    public static final String DEPUTY = "deputy";
    public static final String FROM = "deputyFrom";
    public static final String UNTIL = "deputyUntil";
    public static final String LENT_GROUPS = "lentGroups";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String DECISION = "deputyshipDecision";
    public static final String COMMENT = "deputyshipComment";

    private Variables() {}
  }

  /** What the approver sees of the request, as the form shows it, people by their names. */
  public static Map<String, Object> variablesOf(Deputyship deputyship, People people) {
    return Map.of(
        Variables.TITLE,
            people.nameOf(deputyship.deputyId())
                + " for "
                + people.nameOf(deputyship.userId())
                + ", "
                + deputyship.from()
                + " to "
                + deputyship.until(),
        Variables.ABSENT_USER, people.described(deputyship.userId()),
        Variables.DEPUTY, people.described(deputyship.deputyId()),
        Variables.FROM, deputyship.from().toString(),
        Variables.UNTIL, deputyship.until().toString(),
        Variables.LENT_GROUPS, String.join(", ", deputyship.groups()),
        Variables.REQUESTED_BY, people.described(deputyship.namedBy()));
  }

  /** The decision on a requested deputyship. */
  public enum Decision implements DecisionValue {
    APPROVE(Verdict.APPROVED),
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

  private DeputyshipApproval() {}
}
