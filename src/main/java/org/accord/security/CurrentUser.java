package org.accord.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The user the request was authenticated as, with their Camunda groups. External partner
 * representatives belong only to {@code donor-<partner code>} groups.
 */
@Component
public class CurrentUser {

  /** Who acts when no user does: a timer, a scheduled job, Accord starting. */
  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  // Lazy: the engine's plugins ask who acts, and are built before the engine.
  public CurrentUser(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user signed in, or null when Accord acts on its own. */
  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The user signed in, or {@link #SYSTEM}: who a record says acted. */
  public String actor() {
    String id = id();
    return id == null ? SYSTEM : id;
  }

  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of()
        : authentication.getGroupIds();
  }

  public boolean isMemberOf(String group) {
    return groups().contains(group);
  }

  /** Staff of the agency ({@link PartnerGroups#areAgencyStaff}). */
  public boolean isInternal() {
    return PartnerGroups.areAgencyStaff(groups());
  }

  /** The partners this user represents. */
  public List<String> partnerCodes() {
    return groups().stream().flatMap(group -> PartnerGroups.partnerCodeOf(group).stream()).toList();
  }

  public boolean mayActFor(String partnerCode) {
    return isInternal() || partnerCodes().contains(partnerCode);
  }
}
