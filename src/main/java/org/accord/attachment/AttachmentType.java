package org.accord.attachment;

/** What an attached file is, as the agency files it. */
public enum AttachmentType {
  SIGNED_MOU_SCAN,
  BANK_LETTER,
  AUDIT_REPORT,
  EVIDENCE_OF_RESULTS,
  CORRESPONDENCE,
  OTHER
}
