package org.accord.agreement;

/**
 * The five ITU-D priorities of the Baku Action Plan (2026-2029). Each label is the one users read,
 * in the forms (checked against them by {@code FormLabelsTest}), the dashboard and the documents.
 */
public enum Priority {
  AFFORDABLE_CONNECTIVITY("Affordable connectivity"),
  DIGITAL_TRANSFORMATION("Digital transformation"),
  ENABLING_ENVIRONMENT("Enabling policy and regulatory environment"),
  RESOURCE_MOBILIZATION("Resource mobilization and international cooperation"),
  INCLUSIVE_SECURE_ICT("Inclusive and secure telecommunications/ICTs");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  /** "Inclusive and secure telecommunications/ICTs". */
  public String label() {
    return label;
  }
}
