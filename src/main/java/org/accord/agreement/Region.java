package org.accord.agreement;

/**
 * The ITU regions. Each label is the one users read, in the forms (checked against them by {@code
 * FormLabelsTest}), the dashboard and the documents.
 */
public enum Region {
  AFRICA("Africa"),
  AMERICAS("Americas"),
  ARAB_STATES("Arab States"),
  ASIA_PACIFIC("Asia and the Pacific"),
  CIS("Commonwealth of Independent States (CIS)"),
  EUROPE("Europe");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  /** "Asia and the Pacific". */
  public String label() {
    return label;
  }
}
