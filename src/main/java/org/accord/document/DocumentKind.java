package org.accord.document;

public enum DocumentKind {
  MOU,
  SIGNED_MOU,
  DUE_DILIGENCE_SUMMARY,
  PROGRESS_REPORT,
  CONSOLIDATED_REPORT,
  CALL_FOR_FUNDS
}
