package org.accord.training;

import java.util.List;
import org.accord.shared.Violations;

/** One page of a list, with how many there are in all. */
public record Paged<T>(long total, int page, int size, List<T> items) {

  public static final int MAX_SIZE = 500;

  /** 400 naming {@code page} or {@code size} when they cannot be a page. */
  static void check(int page, int size) {
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_SIZE);
    violations.throwIfAny();
  }
}
