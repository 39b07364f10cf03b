package org.accord.shared.process;

import org.accord.shared.InvalidInputException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses what a form submitted. Tasklist and engine-rest answer a form validation failure with 400
 * and its message, naming the fields; the engine rolls the step back.
 */
public final class FormRejection {

  private FormRejection() {}

  public static FormFieldValidationException of(InvalidInputException invalid) {
    return new FormFieldValidationException(invalid.violations(), invalid.getMessage());
  }
}
