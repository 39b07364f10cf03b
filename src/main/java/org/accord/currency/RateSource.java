package org.accord.currency;

/** Where an exchange rate came from. */
public enum RateSource {
  /** A line of the UN operational rates of exchange, imported as the UN Treasury publishes it. */
  UN_OPERATIONAL,
  /** Set by an administrator, or shipped with the application before rates were dated. */
  MANUAL
}
