package org.accord.training;

/** How a course is given. */
public enum Delivery {
  ONLINE,
  IN_PERSON,
  BLENDED
}
