package org.accord.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.PartnerGroups;
import org.accord.security.SystemAuthority;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who receives a notification, as e-mail addresses: from the users' Camunda profiles and, for a
 * partner's group, the partner's contact address too.
 */
@Component
public class Audience {

  private static final Logger log = LoggerFactory.getLogger(Audience.class);

  private final IdentityService identityService;
  private final PartnerService partners;
  private final SystemAuthority system;

  Audience(IdentityService identityService, PartnerService partners, SystemAuthority system) {
    this.identityService = identityService;
    this.partners = partners;
    this.system = system;
  }

  public Set<String> ofUser(String userId) {
    if (userId == null) {
      return Set.of();
    }
    // Who is told does not depend on whose act tells them: a manager may not read finance's users.
    return Optional.ofNullable(
            system.run(() -> identityService.createUserQuery().userId(userId).singleResult()))
        .flatMap(Audience::address)
        .map(Set::of)
        .orElse(Set.of());
  }

  public Set<String> ofGroups(Collection<String> groupIds) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String groupId : groupIds) {
      system
          .run(
              () ->
                  identityService
                      .createUserQuery()
                      .memberOfGroup(groupId)
                      .listPage(0, EngineQueries.MAX_RESULTS))
          .stream()
          .map(Audience::address)
          .flatMap(Optional::stream)
          .forEach(addresses::add);
      PartnerGroups.partnerCodeOf(groupId)
          .flatMap(partners::find)
          .map(Partner::contactEmail)
          .ifPresent(addresses::add);
    }
    return addresses;
  }

  /** A user without an address cannot be told; say so, so that an administrator can fix it. */
  private static Optional<String> address(User user) {
    if (user.getEmail() == null || user.getEmail().isBlank()) {
      log.warn(
          "User {} has no e-mail address in their profile and will not be notified", user.getId());
      return Optional.empty();
    }
    return Optional.of(user.getEmail());
  }
}
