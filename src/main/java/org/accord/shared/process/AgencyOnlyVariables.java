package org.accord.shared.process;

import java.util.Set;

/**
 * Variables of a process that are the agency's to know (its assessments, internal decisions and
 * comments, who decides): they are gone from the process before a partner's representative is given
 * a task in it, since a task's variables show everything its process holds. Each feature declares
 * its processes'; the agency keeps them in its own records and in the history.
 */
public record AgencyOnlyVariables(String processKey, Set<String> names) {

  public static AgencyOnlyVariables of(String processKey, String... names) {
    return new AgencyOnlyVariables(processKey, Set.of(names));
  }
}
