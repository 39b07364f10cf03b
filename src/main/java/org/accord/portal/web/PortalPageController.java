package org.accord.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.accord.identity.Languages;
import org.accord.portal.PartnerPortal;
import org.accord.security.CurrentUser;
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
 * The partners' portal page, in the dashboard's look and opened the same way (a Tasklist session,
 * or the API's credentials). The page is a shell: its script reads {@code /api/portal} and the
 * agreement resources the partner may read, so the page shows nothing the API would not. It is in
 * its reader's language ({@link Languages#ofPage}): its words in {@code static/texts/portal}, the
 * names of priorities, regions and stages in the vocabulary's bundle.
 */
@Controller
class PortalPageController {

  private static final String SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final PartnerPortal portal;
  private final Languages languages;
  private final CurrentUser currentUser;
  private final String page = read("portal.html");
  private final String staff = read("staff.html");

  PortalPageController(PartnerPortal portal, Languages languages, CurrentUser currentUser) {
    this.portal = portal;
    this.languages = languages;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/portal", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> portal(
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
    boolean partner = portal.isForCurrentUser();
    PageTexts texts = PageTexts.of("portal", languages.ofPage(currentUser.id(), accepted));
    return ResponseEntity.status(partner ? HttpStatus.OK : HttpStatus.FORBIDDEN)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(
            partner
                ? texts
                    .fill(page)
                    .replace(
                        "/*vocabulary*/", PageTexts.of("vocabulary", texts.language()).scriptJson())
                : texts.fill(staff));
  }

  private static String read(String name) {
    try {
      return new ClassPathResource("org/accord/portal/web/" + name)
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }
}
