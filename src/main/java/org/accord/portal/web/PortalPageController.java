package org.accord.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.accord.agreement.AgreementService;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The partners' portal page, in the dashboard's look and opened the same way (a Tasklist session,
 * or the API's credentials). The page is a shell: its script reads {@code /api/portal} and the
 * agreement resources the partner may read, so the page shows nothing the API would not. It is in
 * its reader's language ({@link Languages#ofPage}): its words in {@code static/texts/portal}, the
 * names of priorities, regions and stages by the terms (PageTexts.vocabulary).
 */
@Controller
class PortalPageController {

  private static final String SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** Where the attachments page puts the visibility of an upload: chosen by staff only. */
  private static final String VISIBILITY = "<!--visibility-->";

  private final PartnerPortal portal;
  private final AgreementService agreements;
  private final Languages languages;
  private final CurrentUser currentUser;
  private final String page = read("portal.html");
  private final String staff = read("staff.html");
  private final String attachmentsForStaff =
      read("attachments.html").replace(VISIBILITY, read("visibility-staff.html"));
  private final String attachmentsForPartners =
      read("attachments.html").replace(VISIBILITY, read("visibility-partner.html"));
  private final String notFound = read("not-found.html");

  PortalPageController(
      PartnerPortal portal,
      AgreementService agreements,
      Languages languages,
      CurrentUser currentUser) {
    this.portal = portal;
    this.agreements = agreements;
    this.languages = languages;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/portal", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> portal(
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
    boolean partner = portal.isForCurrentUser();
    PageTexts texts = PageTexts.of("portal", languages.ofPage(currentUser.id(), accepted));
    return html(
        partner ? HttpStatus.OK : HttpStatus.FORBIDDEN,
        partner
            ? texts
                .fill(page)
                .replace("/*vocabulary*/", PageTexts.vocabulary(texts.language()).scriptJson())
            : texts.fill(staff));
  }

  /**
   * An agreement's attachments, listed and added to, for its partner's representatives and the
   * agency's staff alike (Tasklist links a task here): the page's script reads and posts to the
   * attachments API, which applies the same rules. Only staff choose who reads a file; a partner's
   * files are shared with the agency, so its representatives are told so instead of asked. An
   * agreement the user may not see is not there (404), as in the API. Its words are in {@code
   * static/texts/attachments}, in the reader's language as the portal's.
   */
  @GetMapping(
      value = "/portal/agreements/{reference}/attachments",
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> attachments(
      @PathVariable String reference,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
    PageTexts texts = PageTexts.of("attachments", languages.ofPage(currentUser.id(), accepted));
    if (agreements
        .find(reference)
        .filter(found -> agreements.isParty(found, currentUser::mayActFor))
        .isEmpty()) {
      return html(HttpStatus.NOT_FOUND, texts.fill(notFound));
    }
    return html(
        HttpStatus.OK,
        texts.fill(currentUser.isInternal() ? attachmentsForStaff : attachmentsForPartners));
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
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
