package org.accord.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user the request was authenticated as, with their Camunda groups. External partner
 * representatives belong only to {@code donor-<partner code>} groups.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
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
