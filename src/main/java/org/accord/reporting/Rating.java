package org.accord.reporting;

/**
 * How far an indicator has come against what was planned for the time that has passed. Each label
 * is the one users read, in the forms (checked by {@code FormLabelsTest}) and the dashboard.
 */
public enum Rating {
  MET("Met"),
  ON_TRACK("On track"),
  CONSTRAINED("Constrained"),
  NO_PROGRESS("No progress");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
