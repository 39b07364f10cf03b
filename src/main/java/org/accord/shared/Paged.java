package org.accord.shared;

import java.util.List;

/**
 * One page of a list, with how many there are in all: {@code page} from 0, at most {@code size}
 * items. The API's paged lists answer in this shape, and the portal's pager reads it.
 */
public record Paged<T>(long total, int page, int size, List<T> items) {

  /** 400 naming {@code page} or {@code size} when they cannot be a page of this list. */
  public static void check(int page, int size, int maxSize) {
    Violations violations = new Violations();
    violations.requirePage(page, size, maxSize);
    violations.throwIfAny();
  }

  /**
   * One page of a list read whole: for the short lists of one agreement (its documents, periods,
   * instalments and receipts), which are tens of rows, not thousands.
   */
  public static <T> Paged<T> of(List<T> all, int page, int size, int maxSize) {
    check(page, size, maxSize);
    int from = (int) Math.min((long) page * size, all.size());
    return new Paged<>(
        all.size(), page, size, all.subList(from, Math.min(from + size, all.size())));
  }
}
