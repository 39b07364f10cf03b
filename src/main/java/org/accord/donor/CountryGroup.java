package org.accord.donor;

/** The United Nations' groups of countries that development cooperation focuses on. */
public enum CountryGroup {
  /** Least Developed Countries. */
  LDC,
  /** Small Island Developing States. */
  SIDS,
  /** Landlocked Developing Countries. */
  LLDC
}
