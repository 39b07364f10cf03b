package org.accord.budget;

/** Who finances a budget line. The partner's cash is the agreement's amount. */
public enum FundingSource {
  PARTNER_CASH("Partner's cash"),
  AGENCY_COFINANCING("Agency co-financing"),
  OTHER_PARTNER_CASH("Other partners' cash"),
  /** Goods, services or staff time, valued in the agreement's currency and described. */
  IN_KIND("In kind");

  private final String label;

  FundingSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
