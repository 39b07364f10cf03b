package org.accord.duties;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Holds the separation-of-duties table on people: an act is refused when one of the people
 * answerable for it (the person acting, and whoever they act for as deputy) is answerable for an
 * earlier act the table excludes, within the rule's scope.
 */
public class SeparationOfDuties {

  /** The rule an act would break, and the earlier act it would break it with. */
  public record Breach(Exclusion exclusion, Act act, Act earlier) {

    public String message() {
      String who =
          act.actingFor() == null
              ? act.person()
              : act.person() + " (acting for " + act.actingFor() + ")";
      return "Separation of duties ("
          + exclusion.rule()
          + "): "
          + who
          + " may not do "
          + act.duty()
          + " after "
          + earlier.duty()
          + ". "
          + exclusion.explanation();
    }
  }

  private final DutiesTable table;

  public SeparationOfDuties(DutiesTable table) {
    this.table = table;
  }

  public Optional<Breach> breach(Act act, List<Act> earlier) {
    for (Act before : earlier) {
      if (Collections.disjoint(act.people(), before.people())) {
        continue;
      }
      Optional<Exclusion> exclusion =
          table.between(act.duty(), before.duty()).filter(rule -> applies(rule, act, before));
      if (exclusion.isPresent()) {
        return Optional.of(new Breach(exclusion.get(), act, before));
      }
    }
    return Optional.empty();
  }

  private static boolean applies(Exclusion exclusion, Act act, Act before) {
    return switch (exclusion.scope()) {
      case AGREEMENT -> true;
      case CASE -> act.sameCase(before);
      case ROUND -> act.sameRound(before);
    };
  }
}
