package org.accord.agreement;

/** How a bilingual MoU sets its two texts, as the parties choose. */
public enum BilingualLayout {
  /** Each part in two columns, the first language on the reading side of its own script. */
  SIDE_BY_SIDE,
  /** The whole text in the first language, then the whole text in the second. */
  SEQUENTIAL
}
