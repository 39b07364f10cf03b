package org.accord.shared.process;

import java.util.Set;

/**
 * Who may start a process, and whether partners' representatives may read its definition (to render
 * the forms of their own tasks in it; the engine still shows them only their own instances) or
 * start it themselves from Tasklist (a request to join an initiative; the process checks that they
 * ask for their own organization). Each feature declares its processes'; the grants are made from
 * these declarations.
 */
public record ProcessAccess(
    String processKey, Set<String> startedBy, boolean partnersHaveTasks, boolean partnersStart) {

  public ProcessAccess(String processKey, Set<String> startedBy, boolean partnersHaveTasks) {
    this(processKey, startedBy, partnersHaveTasks, false);
  }
}
