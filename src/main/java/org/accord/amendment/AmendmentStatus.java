package org.accord.amendment;

public enum AmendmentStatus {
  REQUESTED,
  APPROVED,
  REJECTED,
  WITHDRAWN
}
