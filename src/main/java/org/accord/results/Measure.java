package org.accord.results;

/** How an indicator is measured: counted, as a share, or described. */
public enum Measure {
  NUMBER,
  PERCENTAGE,
  QUALITATIVE
}
