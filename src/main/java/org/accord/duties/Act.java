package org.accord.duties;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.agreement.Decision;

/**
 * Someone doing a duty: the person acting, the person they act for when they are a deputy, and
 * where (the case and the round).
 */
public record Act(String duty, String person, String actingFor, String caseId, String roundId) {

  public static Act of(Decision decision) {
    return new Act(
        decision.taskKey(),
        decision.decidedBy(),
        decision.actingFor(),
        decision.caseId(),
        decision.roundId());
  }

  /** The human beings answerable for the act: the deputy and the person they stood in for. */
  public Set<String> people() {
    return Stream.of(person, actingFor).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  boolean sameCase(Act other) {
    return caseId != null && caseId.equals(other.caseId);
  }

  boolean sameRound(Act other) {
    return roundId != null && roundId.equals(other.roundId);
  }
}
