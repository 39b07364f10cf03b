package org.accord.training;

/** The kind of organization a participant comes from, for the programme's reach by sector. */
public enum OrganizationType {
  GOVERNMENT,
  REGULATOR,
  PRIVATE_SECTOR,
  ACADEMIA,
  NGO,
  INTERNATIONAL_ORGANIZATION,
  OTHER
}
