package org.accord.budget;

/** What makes an instalment of the partner's contribution fall due. */
public enum InstalmentTrigger {
  ON_SIGNATURE("On signature"),
  ON_DATE("On a date"),
  ON_REPORT_ACCEPTED("On acceptance of a progress report");

  private final String label;

  InstalmentTrigger(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
