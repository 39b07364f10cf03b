package org.accord.shared.process;

import java.util.OptionalLong;

/**
 * The business key of a process that has one instance per numbered thing (a membership, a concept
 * note, a training session): a prefix and the number, such as {@code CN-42}. The prefix tells the
 * processes apart where a task or a duty sees only the key.
 */
public record NumberedBusinessKey(String prefix) {

  public String of(long number) {
    return prefix + number;
  }

  /** The number of a key with this prefix; none for any other key. */
  public OptionalLong numberOf(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(prefix)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(businessKey.substring(prefix.length())));
    } catch (NumberFormatException notOurs) {
      return OptionalLong.empty();
    }
  }
}
