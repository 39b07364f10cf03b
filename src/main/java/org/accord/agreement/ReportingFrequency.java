package org.accord.agreement;

public enum ReportingFrequency {
  QUARTERLY,
  SEMI_ANNUAL,
  ANNUAL
}
