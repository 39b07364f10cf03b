package org.accord.donor.web;

import org.accord.donor.DonorPreferences;
import org.accord.donor.DonorProfile;
import org.accord.donor.DonorProfileService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A donor's profile: read by the agency's staff and by the donor's own representatives, kept by
 * partnership officers and managers.
 */
@RestController
class DonorProfileController {

  private final DonorProfileService profiles;
  private final CurrentUser currentUser;

  DonorProfileController(DonorProfileService profiles, CurrentUser currentUser) {
    this.profiles = profiles;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/partners/{code}/profile")
  DonorProfile get(@PathVariable String code) {
    return profiles
        .find(code)
        .filter(profile -> currentUser.mayActFor(code))
        .orElseThrow(() -> new NotFoundException("No donor profile for partner " + code));
  }

  @PutMapping("/api/partners/{code}/profile")
  DonorProfile put(
      @PathVariable String code, @RequestBody(required = false) DonorPreferences body) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)
        && !currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Donor profiles are kept by partnership officers and managers");
    }
    return profiles.save(code, body, currentUser.id());
  }
}
