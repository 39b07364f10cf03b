package org.accord.training;

/** Which fee a participant pays, from their country's category on the session's first day. */
public enum FeeCategory {
  /** A country of the developed regions: the standard fee. */
  STANDARD,
  /** Another developing country: the reduced fee. */
  DEVELOPING,
  /** A least developed country or a small island developing State: a free seat from the reserve. */
  LDC_SIDS
}
