package org.accord.security;

import java.util.List;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The groups a user is a member of, as the identity service has them now: what a request is
 * authorized by, what a deputy may hold, what a digest lists. The groups of the user signed in are
 * {@link CurrentUser#groups()}.
 */
public final class UserGroups {

  private UserGroups() {}

  public static List<String> of(IdentityService identityService, String userId) {
    return identityService
        .createGroupQuery()
        .groupMember(userId)
        .listPage(0, EngineQueries.MAX_RESULTS)
        .stream()
        .map(Group::getId)
        .toList();
  }

  /** A user who exists and is staff of the agency ({@link PartnerGroups#areAgencyStaff}). */
  public static boolean areAgencyStaff(IdentityService identityService, String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0
        && PartnerGroups.areAgencyStaff(of(identityService, userId));
  }
}
