package org.accord.initiative;

/** What a member does in an initiative. */
public enum MemberRole {
  LEAD,
  CO_LEAD,
  MEMBER,
  OBSERVER
}
