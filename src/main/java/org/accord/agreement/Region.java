package org.accord.agreement;

public enum Region {
  AFRICA,
  AMERICAS,
  ARAB_STATES,
  ASIA_PACIFIC,
  CIS,
  EUROPE
}
