package org.accord.identity.web;

import org.accord.identity.Languages;
import org.accord.identity.UserLanguage;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Language;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's preferred language: set by the user or an administrator; Camunda's webapps ask for it at
 * login and prefer it to the browser's.
 */
@RestController
@RequestMapping("/api/users/{userId}/language")
class UserLanguageController {

  record LanguageChoice(String language) {}

  private final Languages languages;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  UserLanguageController(Languages languages, CurrentUser currentUser, SystemAuthority system) {
    this.languages = languages;
    this.currentUser = currentUser;
    this.system = system;
  }

  @GetMapping
  UserLanguage get(@PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    // Camunda shows a user only to those granted READ on it; the check above is the rule here.
    return system.run(() -> languages.find(userId));
  }

  @PutMapping
  UserLanguage choose(
      @PathVariable String userId, @RequestBody(required = false) LanguageChoice choice) {
    requireSelfOrAdministrator(userId);
    Language language = Language.parse("language", choice == null ? null : choice.language());
    String changedBy = currentUser.id();
    return system.run(() -> languages.prefer(userId, language, changedBy));
  }

  @DeleteMapping
  UserLanguage clear(@PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    String changedBy = currentUser.id();
    return system.run(() -> languages.forget(userId, changedBy));
  }

  private void requireSelfOrAdministrator(String userId) {
    if (!userId.equals(currentUser.id()) && !currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Users choose their own language; administrators anyone's");
    }
  }
}
