package org.accord.reporting;

/** How far an indicator has come against what was planned for the time that has passed. */
public enum Rating {
  MET,
  ON_TRACK,
  CONSTRAINED,
  NO_PROGRESS
}
