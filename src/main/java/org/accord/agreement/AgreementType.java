package org.accord.agreement;

/** Each label is the one users read, in the forms (checked by {@code FormLabelsTest}). */
public enum AgreementType {
  CONTRIBUTION_AGREEMENT("Contribution agreement"),
  MOU("Memorandum of Understanding (MoU)"),
  PUBLIC_PRIVATE_PARTNERSHIP("Public-private partnership"),
  TRAINING_COOPERATION("Training cooperation (fee sharing)");

  private final String label;

  AgreementType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
