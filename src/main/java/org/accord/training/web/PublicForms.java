package org.accord.training.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.shared.Language;
import org.accord.shared.PageTexts;
import org.springframework.core.io.ClassPathResource;
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
 *
 * <p>Their words are the {@code training} bundle of {@link PageTexts}: each template names a word
 * as {@code {{key}}}, filled once per language, and a value as {@code [[value]]}, which Mustache
 * writes escaped at each request. A session's pages are in its course's language, the one the
 * participant follows it in (and the one of their e-mails and certificate); a page that knows no
 * course (no such session, too many requests) is in the browser's language.
 */
final class PublicForms {

  static final String CSRF_COOKIE = "accord-registration";
  static final String CSRF_FIELD = "_csrf";

  private static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Mustache.Compiler ESCAPING =
      Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).withDelims("[[ ]]");
  private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

  private PublicForms() {}

  static PageTexts texts(Language language) {
    return PageTexts.of("training", language);
  }

  /**
   * A template ({@code register}, {@code survey}, {@code message}) with its words in the language.
   */
  static Template template(String name, Language language) {
    return TEMPLATES.computeIfAbsent(
        name + "/" + language.code(),
        key -> ESCAPING.compile(texts(language).fill(read(name + ".mustache"))));
  }

  /** The first of the six languages the browser asks for, else English: no user, no course. */
  static Language browsersLanguage(HttpServletRequest request) {
    return Language.firstAccepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
        .orElse(Language.EN);
  }

  /** A page with a title and a sentence: its {@code message.<kind>.title} and {@code .text}. */
  static String message(Language language, String kind, Map<String, ?> values) {
    PageTexts texts = texts(language);
    return template("message", language)
        .execute(
            Map.of(
                "title",
                texts.text("message." + kind + ".title"),
                "text",
                texts.text("message." + kind + ".text", values)));
  }

  static String tooManyRequests(Language language, long seconds) {
    PageTexts texts = texts(language);
    return template("message", language)
        .execute(
            Map.of(
                "title",
                texts.text("message.tooMany.title"),
                "text",
                texts.counted("message.tooMany.text", seconds, Map.of())));
  }

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

  private static String read(String name) {
    try {
      return new ClassPathResource("org/accord/training/web/" + name)
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
