package org.accord.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The language page as a user meets it, in a real headless Chromium: from Tasklist's user menu, a
 * choice saved from the page turns the page, Tasklist and Accord's pages to the new language; an
 * unknown code is refused naming {@code language}, and the session changes nothing without the
 * page's header.
 */
@AccordIntegrationTest
class LanguagePageBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired IdentityService identityService;

  /** The officers' group is shared: its other tests count its members' e-mails. */
  @AfterEach
  void theNewUsersLeaveTheOfficers() {
    identityService.deleteMembership("polyglot", "partnership-officers");
    identityService.deleteMembership("monoglot", "partnership-officers");
  }

  @Test
  void aUserChoosesFrenchOnTheLanguagePage_andThePageAndTasklistThenSpeakFrench() throws Exception {
    api.newUser("polyglot", "partnership-officers");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("polyglot").await("li.accord-language a");
      assertThat(menuItem(browser)).isEqualTo("Language");
      String href =
          (String) browser.evaluate("return document.querySelector('li.accord-language a').href;");
      assertThat(href).isEqualTo("http://localhost:" + port + "/language");
      // The link sits in the user menu, beside "Log out".
      assertThat(
              browser.evaluate(
                  "return document.querySelector('li.accord-language').nextElementSibling"
                      + ".classList.contains('logout');"))
          .isEqualTo(true);

      browser.openPage("/language", "body[data-ready]");
      assertThat(browser.text("h1")).isEqualTo("Your language");
      assertThat(browser.evaluate("return document.querySelector('input[value=\"\"]').checked;"))
          .isEqualTo(true);

      browser.clickOn("input[value=fr]").clickOn("#choice button[type=submit]");
      browser.awaitUrl("saved").await("body[data-ready]");
      browser.screenshot(Path.of("target/screenshots/language-fr.png"));
      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("fr");
      assertThat(browser.text("h1")).isEqualTo("Votre langue");
      assertThat(browser.text("#saved")).startsWith("Enregistré.");
      assertThat(browser.evaluate("return document.querySelector('input[value=fr]').checked;"))
          .isEqualTo(true);
      assertThat(api.get("polyglot", "/api/users/polyglot/language").getBody())
          .containsEntry("preferred", "fr");

      // Tasklist, opened again, speaks French, and so does its link to this page.
      browser.openPage("/camunda/app/tasklist/default/", "li.accord-language a");
      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("fr");
      assertThat(menuItem(browser)).isEqualTo("Langue");

      // No choice: back to the browser's language.
      browser.openPage("/language", "body[data-ready]");
      browser.clickOn("input[value='']").clickOn("#choice button[type=submit]");
      browser.awaitUrl("saved").await("body[data-ready]");
      assertThat(browser.text("h1")).isEqualTo("Your language");
      assertThat(api.get("polyglot", "/api/users/polyglot/language").getBody())
          .doesNotContainKey("preferred");
    }
  }

  /** The item's words: the user menu is closed, so the item is not shown. */
  private static Object menuItem(Browser browser) {
    return browser.evaluate(
        "return document.querySelector('li.accord-language a').textContent.trim();");
  }

  @Test
  void anUnknownCodeFromThePage_is400NamingLanguage_andNothingChanges() {
    api.newUser("monoglot", "partnership-officers");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("monoglot");
      api.put("monoglot", "/api/users/monoglot/language", Map.of("language", "es"));
      browser.openPage("/language", "body[data-ready]");
      assertThat(browser.text("h1")).isEqualTo("Su idioma");

      String refused =
          browser.sendAsPage("PUT", "/api/users/monoglot/language", "{\"language\":\"de\"}");
      assertThat(refused).startsWith("400 ").contains("\"field\":\"language\"");
      assertThat(api.get("monoglot", "/api/users/monoglot/language").getBody())
          .containsEntry("preferred", "es");
    }
  }
}
