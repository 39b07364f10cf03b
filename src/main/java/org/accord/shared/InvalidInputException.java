package org.accord.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; nothing has been written when it is thrown. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
