package org.accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The partners' portal in its reader's language, in a real headless Chromium: the browser's
 * language, or the representative's own choice over it; Arabic laid out right to left, amounts with
 * their ISO code and the language's digits.
 */
@AccordIntegrationTest
class PortalLanguagesBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void aRepresentativeWhoseBrowserReadsChinese_seesThePortalInChinese() throws Exception {
    String partner = newPartner("PZ");
    String signed = api.toActive(partner, "120000.00");

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logInToTasklist(representative(partner)).openPage("/portal", "body[data-loaded]");
      browser.clickOn("tr[data-reference='" + signed + "'] button.open");
      browser.await("#detail[data-reference='" + signed + "']");
      browser.screenshot(Path.of("target/screenshots/portal-zh.png"));

      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("zh");
      assertThat(browser.title()).isEqualTo("Accord · 合作伙伴门户");
      assertThat(browser.text("#agreements-card h2")).isEqualTo("您的协议");
      assertThat(browser.text("tr[data-reference='" + signed + "'] td:nth-child(3)"))
          .isEqualTo("执行中");
      assertThat(browser.text("#documents")).contains("谅解备忘录（已签署）");
      assertThat(browser.text("#instalments")).contains("USD").contains("120,000.00");
      assertThat(
              browser.evaluate(
                  "return [...document.querySelectorAll('#propose [name=region] option')].map(o => o.text);"))
          .isEqualTo(List.of("请选择…", "非洲", "美洲", "阿拉伯国家", "亚太", "独立国家联合体（独联体）", "欧洲"));
    }
  }

  @Test
  void aRepresentativeWhoseBrowserReadsRussian_seesThePortalInRussian() throws Exception {
    String partner = newPartner("PR");
    String signed = api.toActive(partner, "120000.00");

    try (Browser browser = Browser.open(port, "ru-RU")) {
      browser.logInToTasklist(representative(partner)).openPage("/portal", "body[data-loaded]");
      browser.screenshot(Path.of("target/screenshots/portal-ru.png"));

      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("ru");
      assertThat(browser.text("#agreements-card h2")).isEqualTo("Ваши соглашения");
      assertThat(browser.text("tr[data-reference='" + signed + "'] td:nth-child(3)"))
          .isEqualTo("Действует");
      // Russian groups thousands with a space and writes a decimal comma.
      assertThat(browser.text("tr[data-reference='" + signed + "'] td:nth-child(4)"))
          .isEqualTo("120 000,00 USD");
      assertThat(browser.text("#propose button[type=submit]"))
          .isEqualTo("Отправить концептуальную записку");
    }
  }

  @Test
  void aRepresentativeWhoChoseArabic_seesThePortalRightToLeftInArabic_whateverTheBrowserReads()
      throws Exception {
    String partner = newPartner("PA");
    String signed = api.toActive(partner, "120000.00");
    api.put(
        representative(partner),
        "/api/users/" + representative(partner) + "/language",
        Map.of("language", "ar"));

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logInToTasklist(representative(partner)).openPage("/portal", "body[data-loaded]");
      browser.clickOn("tr[data-reference='" + signed + "'] button.open");
      browser.await("#detail[data-reference='" + signed + "']");
      browser.screenshot(Path.of("target/screenshots/portal-ar.png"));

      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("ar");
      assertThat(browser.evaluate("return document.documentElement.dir;")).isEqualTo("rtl");
      assertThat(browser.title()).isEqualTo("Accord · بوابة الشركاء");
      assertThat(browser.text("#agreements-card h2")).isEqualTo("اتفاقاتك");
      assertThat(browser.text("#publications-card h2")).isEqualTo("التقارير المنشورة");
      assertThat(browser.text("#attachments-link")).isEqualTo("الملفات المرفقة: اعرضها وأضف ملفًا");
      assertThat(browser.text("tr[data-reference='" + signed + "'] td:nth-child(3)"))
          .isEqualTo("سارٍ");
      assertThat(browser.text("#documents")).contains("مذكرة التفاهم (موقّعة)");
      // The table starts on the right, as Arabic reads.
      assertThat(
              browser.evaluate(
                  "const cells = document.querySelectorAll('#agreements thead th');"
                      + " return cells[0].getBoundingClientRect().left"
                      + " > cells[1].getBoundingClientRect().left;"))
          .isEqualTo(true);
      assertThat(browser.text("tr[data-reference='" + signed + "'] td:nth-child(4)"))
          .contains("USD")
          .contains("١٢٠٬٠٠٠٫٠٠");
    }
  }

  /** A partner whose representative's user id is its code in lower case, as the fixtures sign. */
  private String newPartner(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    api.newUser(representative(code), "donor-" + code);
    return code;
  }

  private static String representative(String partner) {
    return partner.toLowerCase(Locale.ROOT);
  }
}
