package org.accord.shared;

/**
 * A text known in each of the six languages, written in its reader's when it is written: a message
 * rendered once per recipients' language carries the text itself, not one language's words.
 */
@FunctionalInterface
public interface Translated {

  String in(Language language);
}
