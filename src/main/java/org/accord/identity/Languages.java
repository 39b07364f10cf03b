package org.accord.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.accord.audit.AuditTrail;
import org.accord.identity.persistence.UserLanguageMapper;
import org.accord.shared.Language;
import org.accord.shared.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each user reads Accord in: their own choice, kept here because Camunda's user
 * profile has no field for it, or else the agency's default ({@code accord.language.default}).
 * E-mails and the webapps ask here, nowhere else.
 */
@Service
public class Languages {

  private static final String SUBJECT = "USER_LANGUAGE";

  private final UserLanguageMapper preferences;
  private final AuditTrail audit;
  private final IdentityService identityService;
  private final Clock clock;
  private final Language agencyDefault;

  // Lazy: the engine's plugins reach the identity module while the engine is being built.
  Languages(
      UserLanguageMapper preferences,
      AuditTrail audit,
      @Lazy IdentityService identityService,
      Clock clock,
      @Value("${accord.language.default}") String agencyDefault) {
    this.preferences = preferences;
    this.audit = audit;
    this.identityService = identityService;
    this.clock = clock;
    // A wrong code stops the start, naming the setting.
    this.agencyDefault = Language.parse("accord.language.default", agencyDefault);
  }

  /** The language to write to the user in: theirs, or the agency's default. */
  public Language of(String userId) {
    return chosenBy(userId).orElse(agencyDefault);
  }

  /**
   * The language of one of Accord's pages for a reader: the user's own choice, else the first of
   * the six their browser asks for, else English, as in the webapps (no user for a public page).
   */
  public Language ofPage(String userId, String acceptLanguage) {
    return Optional.ofNullable(userId)
        .flatMap(this::chosenBy)
        .or(() -> Language.firstAccepted(acceptLanguage))
        .orElse(Language.EN);
  }

  public Language agencyDefault() {
    return agencyDefault;
  }

  /** The user's language as they see it; 404 for a user Camunda does not know. */
  public UserLanguage find(String userId) {
    requireUser(userId);
    Optional<Language> preferred = chosenBy(userId);
    return new UserLanguage(userId, preferred.orElse(null), preferred.orElse(agencyDefault));
  }

  @Transactional
  public UserLanguage prefer(String userId, Language language, String changedBy) {
    UserLanguage before = find(userId);
    preferences.save(userId, language.code(), changedBy, OffsetDateTime.now(clock));
    UserLanguage after = find(userId);
    audit.recordAs(changedBy, SUBJECT, userId, null, "CHOSEN", before, after);
    return after;
  }

  /** The user goes back to the agency's default (and, in the webapps, their browser's). */
  @Transactional
  public UserLanguage forget(String userId, String changedBy) {
    UserLanguage before = find(userId);
    if (preferences.delete(userId)) {
      audit.recordAs(changedBy, SUBJECT, userId, null, "CLEARED", before, find(userId));
    }
    return find(userId);
  }

  private Optional<Language> chosenBy(String userId) {
    // A code stored before a language left the list reads as no choice.
    return preferences.find(userId).flatMap(Language::ofCode);
  }

  private void requireUser(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new NotFoundException("No user " + userId);
    }
  }
}
