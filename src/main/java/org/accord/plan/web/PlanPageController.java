package org.accord.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.accord.identity.Languages;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.PageTexts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The managers' plan page, in the dashboard's look and opened the same way (a Tasklist or Cockpit
 * session, or the API's credentials). Its script reads and changes the plan through {@code
 * /api/plans}; its changes carry the header that lets a session make them. It is in its reader's
 * language ({@link Languages#ofPage}): its words in {@code static/texts/plan}, the names of
 * priorities and regions by the terms (PageTexts.vocabulary).
 */
@Controller
class PlanPageController {

  private static final String SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final CurrentUser currentUser;
  private final Languages languages;
  private final String page = read("plan.html");
  private final String forbidden = read("forbidden.html");

  PlanPageController(CurrentUser currentUser, Languages languages) {
    this.currentUser = currentUser;
    this.languages = languages;
  }

  @GetMapping(value = "/plan", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> plan(
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
    boolean manager = currentUser.isMemberOf(Roles.MANAGERS);
    PageTexts texts = PageTexts.of("plan", languages.ofPage(currentUser.id(), accepted));
    return ResponseEntity.status(manager ? HttpStatus.OK : HttpStatus.FORBIDDEN)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(
            manager
                ? texts
                    .fill(page)
                    .replace("/*vocabulary*/", PageTexts.vocabulary(texts.language()).scriptJson())
                : texts.fill(forbidden));
  }

  private static String read(String name) {
    try {
      return new ClassPathResource("org/accord/plan/web/" + name)
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }
}
