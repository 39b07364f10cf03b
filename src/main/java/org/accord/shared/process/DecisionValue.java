package org.accord.shared.process;

/**
 * A value a task's decision variable may take. Each process's API declares the decisions of its
 * tasks as enums of these; the variable carries the constant's name.
 */
public interface DecisionValue {

  String name();

  Verdict verdict();

  /**
   * Whether the person deciding must say why, for the next person to read: for anything but a plain
   * yes.
   */
  default boolean needsComment() {
    return verdict() != Verdict.APPROVED;
  }
}
