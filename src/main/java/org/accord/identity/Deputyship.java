package org.accord.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * Who works a user's tasks while the user is away, when, and with which of the user's groups. It
 * takes effect only once approved; what the deputy decides is recorded as acting for the user.
 */
public record Deputyship(
    String userId,
    String deputyId,
    LocalDate from,
    LocalDate until,
    List<String> groups,
    DeputyshipStatus status,
    String namedBy,
    String decidedBy,
    String decisionComment) {

  public boolean coversDay(LocalDate day) {
    return status == DeputyshipStatus.APPROVED && !day.isBefore(from) && !day.isAfter(until);
  }

  /** Whether this person answers for the deputyship, and so may not approve it. */
  public boolean concerns(String person) {
    return person.equals(userId) || person.equals(deputyId) || person.equals(namedBy);
  }
}
