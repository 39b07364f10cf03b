package org.accord.agreement;

/** Each label is the one users read, in the forms (checked by {@code FormLabelsTest}). */
public enum ReportingFrequency {
  QUARTERLY("Quarterly"),
  SEMI_ANNUAL("Semi-annual (every six months)"),
  ANNUAL("Annual");

  private final String label;

  ReportingFrequency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
