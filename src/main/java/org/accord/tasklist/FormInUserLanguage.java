package org.accord.tasklist;

import java.util.Set;
import java.util.function.Supplier;
import org.accord.shared.Language;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A user task's or start event's {@code camunda:formRef}, answering the form in the language of
 * whoever asks for it: {@code recordReceipt_fr} for a user who reads French. Camunda evaluates a
 * task's form reference each time the form is fetched, with the task as scope; a start form's it
 * does not evaluate at all but reads as text ({@code DefaultStartFormHandler}), so both ways answer
 * the same. A form without translations (deployed by something else) is answered as it is.
 */
final class FormInUserLanguage implements Expression {

  private final Expression english;
  private final Set<String> translatedForms;
  private final Supplier<Language> readersLanguage;

  FormInUserLanguage(
      Expression english, Set<String> translatedForms, Supplier<Language> readersLanguage) {
    this.english = english;
    this.translatedForms = translatedForms;
    this.readersLanguage = readersLanguage;
  }

  @Override
  public Object getValue(VariableScope scope) {
    Object formId = english.getValue(scope);
    return formId == null ? null : inReadersLanguage(formId.toString());
  }

  @Override
  public String getExpressionText() {
    return inReadersLanguage(english.getExpressionText());
  }

  @Override
  public void setValue(Object value, VariableScope scope) {
    english.setValue(value, scope);
  }

  @Override
  public boolean isLiteralText() {
    return false;
  }

  private String inReadersLanguage(String formId) {
    return translatedForms.contains(formId)
        ? FormTexts.idIn(formId, readersLanguage.get())
        : formId;
  }
}
