package org.accord.training.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

/**
 * What the training module's public pages (registration, survey) share: no script, nothing cached,
 * and forms protected from cross-site posts by a double-submit token: a random value in a
 * SameSite=Strict cookie and in the form, which must match; another site can make a browser post
 * the form but can neither read nor send that cookie.
 */
final class PublicForms {

  static final String CSRF_COOKIE = "accord-registration";
  static final String CSRF_FIELD = "_csrf";

  private static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private static final SecureRandom RANDOM = new SecureRandom();

  private PublicForms() {}

  /** A fresh token for a form and its cookie. */
  static String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return HexFormat.of().formatHex(token);
  }

  static boolean tokenMatches(String sent, HttpServletRequest request) {
    if (sent == null || sent.isEmpty() || request.getCookies() == null) {
      return false;
    }
    for (Cookie cookie : request.getCookies()) {
      if (cookie.getName().equals(CSRF_COOKIE)
          && MessageDigest.isEqual(
              cookie.getValue().getBytes(StandardCharsets.UTF_8),
              sent.getBytes(StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }

  static ResponseCookie cookie(String token, HttpServletRequest request) {
    return ResponseCookie.from(CSRF_COOKIE, token)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Strict")
        .path("/training/")
        .build();
  }

  static ResponseEntity<String> html(HttpStatus status, String body, ResponseCookie cookie) {
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(status)
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .header("Content-Security-Policy", SECURITY_POLICY)
            .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (cookie != null) {
      response.header(HttpHeaders.SET_COOKIE, cookie.toString());
    }
    return response.body(body);
  }
}
