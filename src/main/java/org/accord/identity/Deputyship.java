package org.accord.identity;

import java.time.LocalDate;

/** Who works a user's tasks while the user is away, and when. */
public record Deputyship(String userId, String deputyId, LocalDate from, LocalDate until) {

  public boolean coversDay(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }
}
