package org.accord.partner;

public enum PartnerType {
  MEMBER_STATE,
  SECTOR_MEMBER,
  UN_AGENCY,
  IFI,
  NGO,
  PRIVATE_SECTOR,
  ACADEMIA,
  FOUNDATION
}
