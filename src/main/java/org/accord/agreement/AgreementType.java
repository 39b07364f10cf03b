package org.accord.agreement;

public enum AgreementType {
  CONTRIBUTION_AGREEMENT,
  MOU,
  PUBLIC_PRIVATE_PARTNERSHIP,
  TRAINING_COOPERATION
}
