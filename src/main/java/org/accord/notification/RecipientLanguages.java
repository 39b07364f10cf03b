package org.accord.notification;

import java.util.List;
import org.accord.identity.Languages;
import org.accord.security.SystemAuthority;
import org.accord.shared.Language;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The language each address is written to in. An address of Accord's users is written in their
 * language ({@link Languages#of}: their choice, else the agency's default). An address no user has,
 * such as a partner's contact address or a participant's, gets the language the event gives (the
 * message's), else the agency's default; so does an address users share who chose differently.
 */
@Component
class RecipientLanguages {

  private final IdentityService identityService;
  private final Languages languages;
  private final SystemAuthority system;

  // Lazy: the task notifications are wired into the engine while it is built.
  RecipientLanguages(
      @Lazy IdentityService identityService, Languages languages, SystemAuthority system) {
    this.identityService = identityService;
    this.languages = languages;
    this.system = system;
  }

  Language of(String address, Language eventLanguage) {
    Language otherwise = eventLanguage != null ? eventLanguage : languages.agencyDefault();
    // Who is written to does not depend on whose act writes: any user's profile is read.
    List<User> owners =
        system.run(
            () ->
                identityService
                    .createUserQuery()
                    .userEmail(address)
                    .listPage(0, EngineQueries.MAX_RESULTS));
    List<Language> chosen = owners.stream().map(User::getId).map(languages::of).distinct().toList();
    return chosen.size() == 1 ? chosen.get(0) : otherwise;
  }
}
