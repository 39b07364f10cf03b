package org.accord.budget;

/** The lines of an agreement's budget, as the agency's cost categories name them. */
public enum BudgetLineType {
  STAFF("Staff"),
  EXPERTS_AND_CONSULTANTS("Experts and consultants"),
  TRAVEL("Travel"),
  TRAINING_AND_MEETINGS("Training and meetings"),
  EQUIPMENT("Equipment"),
  CONTRACTUAL_SERVICES("Contractual services"),
  OTHER_DIRECT_COSTS("Other direct costs"),
  /** A percentage of the direct costs the partner's cash finances, computed, never entered. */
  PROGRAMME_SUPPORT_COSTS("Programme support costs");

  private final String label;

  BudgetLineType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isDirect() {
    return this != PROGRAMME_SUPPORT_COSTS;
  }
}
