package org.accord.document;

public enum DocumentKind {
  MOU,
  SIGNED_MOU,
  DUE_DILIGENCE_SUMMARY,
  PROGRESS_REPORT,
  CONSOLIDATED_REPORT,
  CALL_FOR_FUNDS;

  /** The agency's own (the due-diligence summary): never its partner's to read. */
  public boolean isAgencyOnly() {
    return this == DUE_DILIGENCE_SUMMARY;
  }
}
