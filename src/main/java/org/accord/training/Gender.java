package org.accord.training;

/** A participant's gender as they state it; they may choose not to (NOT_STATED, or nothing). */
public enum Gender {
  FEMALE,
  MALE,
  OTHER,
  NOT_STATED
}
