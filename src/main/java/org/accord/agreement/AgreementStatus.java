package org.accord.agreement;

/** Where an agreement is; each label is the stage's name as users read it (the dashboard). */
public enum AgreementStatus {
  SCREENING("Screening"),
  IN_REVISION("In revision"),
  DUE_DILIGENCE("Due diligence"),
  INTERNAL_APPROVAL("Internal approval"),
  DONOR_APPROVAL("Donor approval"),
  MOU_SIGNING("MoU signing"),
  ACTIVE("Active"),
  SUSPENDED("Suspended"),
  CLOSED("Closed"),
  REJECTED("Rejected"),
  DECLINED("Declined"),
  WITHDRAWN("Withdrawn"),
  TERMINATED("Terminated");

  private final String label;

  AgreementStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
