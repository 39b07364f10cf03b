package org.accord.shared.process;

import java.util.List;
import java.util.function.Supplier;

/**
 * Choices a Tasklist form offers from the application's registers rather than from its own JSON: a
 * form field that names them with {@code "valuesKey": "<name>"} is served with them as its values,
 * so a start form, which has no variables to read them from, offers partners as they are now. Each
 * feature declares the registers it owns.
 */
public record FormChoices(String name, Supplier<List<Choice>> choices) {

  /** One option: what the user reads and what the form submits. */
  public record Choice(String label, String value) {}
}
