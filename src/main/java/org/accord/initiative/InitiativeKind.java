package org.accord.initiative;

/** Regional (Baku Action Plan), thematic or geographic (Cusco Plan of Action). */
public enum InitiativeKind {
  REGIONAL,
  THEMATIC,
  GEOGRAPHIC
}
