package org.accord.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' plan page, in the dashboard's look and opened the same way (a Tasklist or Cockpit
 * session, or the API's credentials). Its script reads and changes the plan through {@code
 * /api/plans}; its changes carry the header that lets a session make them.
 */
@Controller
class PlanPageController {

  private static final String SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final String FORBIDDEN =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Accord · For managers</title>
      <link rel="stylesheet" href="/dashboard/dashboard.css"></head>
      <body><header class="masthead"><div class="brand"><span class="mark">Accord</span>
      <span class="title">Strategic plan</span></div></header>
      <main class="refused"><h1>The plan page is for managers</h1>
      <p>You are signed in, but not as a member of the <code>managers</code> group.
      Your tasks are in <a href="/camunda/app/tasklist/">Tasklist</a>.</p></main></body></html>
      """;

  private final CurrentUser currentUser;
  private final String page;

  PlanPageController(CurrentUser currentUser) throws IOException {
    this.currentUser = currentUser;
    this.page =
        new ClassPathResource("org/accord/plan/web/plan.html")
            .getContentAsString(StandardCharsets.UTF_8);
  }

  @GetMapping(value = "/plan", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> plan() {
    boolean manager = currentUser.isMemberOf(Roles.MANAGERS);
    return ResponseEntity.status(manager ? HttpStatus.OK : HttpStatus.FORBIDDEN)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(manager ? page : FORBIDDEN);
  }
}
