package org.accord.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The managers' dashboard in its reader's language, in a real headless Chromium: the browser's
 * language, or the manager's own choice over it; Arabic laid out right to left; counted words in
 * the language's plural forms, amounts with their ISO code in the language's digits. Each test
 * filters on a donor of its own, so its figures are its own.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class DashboardLanguagesBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void aManagerWhoseBrowserReadsChinese_seesTheDashboardInChinese() throws Exception {
    String donor = api.newPartner("DZH" + System.nanoTime() % 1_000_000L, "Fonds 中文");
    api.newUser("manager-zh", "managers");

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser
          .logInToTasklist("manager-zh")
          .openPage("/dashboard?donor=" + donor, "body[data-drawn]");
      browser.screenshot(Path.of("target/screenshots/dashboard-zh.png"));

      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("zh");
      assertThat(browser.title()).isEqualTo("Accord · 伙伴关系项目储备");
      assertThat(browser.text("label[for=region]")).isEqualTo("区域");
      assertThat(
              (List<String>)
                  browser.evaluate(
                      "return [...document.getElementById('region').options].map(o => o.text);"))
          .containsExactly("全部区域", "非洲", "美洲", "阿拉伯国家", "亚太", "独立国家联合体（独联体）", "欧洲");
      assertThat(browser.text("#table-pipeline tr[data-key=MOU_SIGNING]")).startsWith("谅解备忘录签署");
      assertThat(browser.text("#as-of-line")).startsWith("数据截至");
      assertThat(browser.text("[data-figure=mobilizedUsd]")).isEqualTo("USD 0");
    }
  }

  @Test
  void aManagerWhoseBrowserReadsRussian_seesTheDashboardInRussian_countedInRussianForms()
      throws Exception {
    String donor = api.newPartner("DRU" + System.nanoTime() % 1_000_000L, "Фонд");
    api.propose(donor, "1000.00");
    api.propose(donor, "1500.00");
    api.newUser("manager-ru", "managers");

    try (Browser browser = Browser.open(port, "ru-RU")) {
      browser
          .logInToTasklist("manager-ru")
          .openPage("/dashboard?donor=" + donor, "body[data-drawn]");
      browser.screenshot(Path.of("target/screenshots/dashboard-ru.png"));

      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("ru");
      assertThat(browser.text("main h2")).isEqualTo("Соглашения по этапам");
      // Two agreements: Russian's "few" form, not English's plural.
      assertThat(browser.text("[data-figure=inPipeline]")).isEqualTo("2");
      assertThat(browser.text("[data-figure=inPipelineLabel]"))
          .isEqualTo("соглашения в подготовке");
      // 1,000.00 + 1,500.00 = 2,500 USD, grouped with a space as Russian does.
      assertThat(browser.text("[data-figure=inPipelineUsd]"))
          .isEqualTo("2 500 USD на стадии переговоров");
      assertThat(browser.text("#table-pipeline tr[data-key=SCREENING]"))
          .startsWith("Предварительное рассмотрение 2");
      // The open tasks by their names in Russian (the processes' bundles).
      assertThat(browser.text("#table-oldest"))
          .contains("Предварительно рассмотреть предложение")
          .doesNotContain("Screen proposal");
    }
  }

  @Test
  void aManagerWhoChoseArabic_seesTheDashboardRightToLeftInArabic_whateverTheBrowserReads()
      throws Exception {
    String donor = api.newPartner("DAR" + System.nanoTime() % 1_000_000L, "صندوق");
    api.propose(donor, "1000.00");
    api.propose(donor, "1500.00");
    api.newUser("manager-ar", "managers");

    try (Browser browser = Browser.open(port, "ru-RU")) {
      browser.logInToTasklist("manager-ar");
      // Chosen while Tasklist is open in the browser's Russian: the next page is in Arabic.
      api.put("manager-ar", "/api/users/manager-ar/language", Map.of("language", "ar"));
      browser.openPage("/dashboard?donor=" + donor, "body[data-drawn]");
      browser.screenshot(Path.of("target/screenshots/dashboard-ar.png"));

      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("ar");
      assertThat(browser.evaluate("return document.documentElement.dir;")).isEqualTo("rtl");
      assertThat(browser.title()).isEqualTo("Accord · مسار الشراكات");
      assertThat(browser.text("main h2")).isEqualTo("الاتفاقات حسب المرحلة");
      // Two agreements: Arabic's dual, in Arabic-Indic digits.
      assertThat(browser.text("[data-figure=inPipeline]")).isEqualTo("٢");
      assertThat(browser.text("[data-figure=inPipelineLabel]")).isEqualTo("اتفاقان قيد الإعداد");
      // 1,000.00 + 1,500.00 = 2,500 USD.
      assertThat(browser.text("[data-figure=inPipelineUsd]")).contains("٢٬٥٠٠").contains("USD");
      assertThat(browser.text("#table-oldest"))
          .contains("الفحص الأولي للمقترح")
          .doesNotContain("Screen proposal");
      // The page reads from the right: the brand on the right, the first column on the right.
      assertThat(
              browser.evaluate(
                  "return document.querySelector('.masthead .brand').getBoundingClientRect().left"
                      + " > document.querySelector('.masthead nav').getBoundingClientRect().left;"))
          .isEqualTo(true);
      assertThat(
              browser.evaluate(
                  "const cells = document.querySelectorAll('#table-pipeline thead th');"
                      + " return cells[0].getBoundingClientRect().left"
                      + " > cells[1].getBoundingClientRect().left;"))
          .isEqualTo(true);
    }
  }
}
