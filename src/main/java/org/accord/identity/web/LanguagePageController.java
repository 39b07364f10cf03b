package org.accord.identity.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.identity.Languages;
import org.accord.identity.UserLanguage;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.PageTexts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The page where a user sees and changes their language, linked from Tasklist's header and from
 * Accord's pages. It is written in the language it shows; its script changes the choice through
 * {@code /api/users/{id}/language} (as the page, {@code X-Accord-Page}) and loads it again, now in
 * the new language.
 */
@Controller
class LanguagePageController {

  private static final String SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Languages languages;
  private final CurrentUser currentUser;
  private final SystemAuthority system;
  private final ObjectMapper json;
  private final String page = read();

  LanguagePageController(
      Languages languages, CurrentUser currentUser, SystemAuthority system, ObjectMapper json) {
    this.languages = languages;
    this.currentUser = currentUser;
    this.system = system;
    this.json = json;
  }

  @GetMapping(value = "/language", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted)
      throws JsonProcessingException {
    String userId = currentUser.id();
    // Camunda shows a user only to those granted READ on it; anyone may read their own choice.
    UserLanguage chosen = system.run(() -> languages.find(userId));
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("userId", userId);
    state.put("preferred", chosen.preferred() == null ? null : chosen.preferred().code());
    state.put("dashboard", currentUser.isMemberOf(Roles.MANAGERS));
    state.put("portal", !currentUser.partnerCodes().isEmpty());
    PageTexts texts = PageTexts.of("language", languages.ofPage(userId, accepted));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(
            texts
                .fill(page)
                .replace("/*state*/", PageTexts.scriptSafe(json.writeValueAsString(state))));
  }

  private static String read() {
    try {
      return new ClassPathResource("org/accord/identity/web/language.html")
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
