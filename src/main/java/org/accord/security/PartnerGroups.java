package org.accord.security;

import java.util.Collection;
import java.util.Optional;

/**
 * The Camunda groups of partners' representatives, {@code donor-<partner code>}, and who is the
 * agency's staff: the one home of both, for the API, the engine's requests, deputyships and
 * notifications alike.
 */
public final class PartnerGroups {

  public static final String PREFIX = "donor-";

  private PartnerGroups() {}

  /** The group of this partner's representatives: {@code donor-GSMA}. */
  public static String of(String partnerCode) {
    return PREFIX + partnerCode;
  }

  public static boolean isPartnerGroup(String groupId) {
    return groupId != null && groupId.startsWith(PREFIX);
  }

  /** GSMA for {@code donor-GSMA}; nothing for an agency group. */
  public static Optional<String> partnerCodeOf(String groupId) {
    return isPartnerGroup(groupId)
        ? Optional.of(groupId.substring(PREFIX.length()))
        : Optional.empty();
  }

  /**
   * Staff of the agency: in at least one group and in no partner's. Someone in no group, or in any
   * partner's group, is not: a partner's representative never counts as staff, whatever else they
   * were given.
   */
  public static boolean areAgencyStaff(Collection<String> groupIds) {
    return groupIds != null
        && !groupIds.isEmpty()
        && groupIds.stream().noneMatch(PartnerGroups::isPartnerGroup);
  }
}
