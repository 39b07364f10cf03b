package org.accord.attachment;

/** Who reads an attachment besides the agency's staff: nobody, or the agreement's partner. */
public enum AttachmentVisibility {
  AGENCY_ONLY,
  SHARED_WITH_PARTNER
}
