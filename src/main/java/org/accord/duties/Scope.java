package org.accord.duties;

/** Where a rule of the separation of duties holds. */
public enum Scope {
  /** Anywhere in the agreement's life. */
  AGREEMENT,
  /** Within one process instance: the agreement's own process, one amendment, one report. */
  CASE,
  /** Within one round of a multi-instance task, such as one pass through internal approval. */
  ROUND
}
