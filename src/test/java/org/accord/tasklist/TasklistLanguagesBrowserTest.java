package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps in the user's language, in a real headless Chromium: the browser's language
 * when the user chose none in Accord, theirs when they did; Arabic laid out right to left; the
 * names of tasks and processes in that language too. The screenshots
 * (target/screenshots/tasklist-*.png) are for looking at.
 */
@AccordIntegrationTest
class TasklistLanguagesBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @AfterEach
  void gsmaBackToTheDefault() {
    api.delete("admin", "/api/users/gsma/language");
  }

  @Test
  void aChineseBrowser_getsTasklistInChinese_leftToRight() throws Exception {
    String taskId = donorSignOffTask();

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logInToTasklist("gsma");
      assertThat(browser.headerActions()).contains("启动流程");
      browser.openTask(taskId);

      assertThat(browser.taskTabs()).contains("表单", "历史").doesNotContain("流程图");
      // Due in 14 days (donorSignOff's P14D), written as a Chinese reader reads it.
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> String.join("\n", browser.taskList()), cards -> cards.contains("14 天后"));
      // The task's and its process's names in the language Tasklist speaks (ADR 18).
      assertThat(String.join("\n", browser.taskList())).contains("捐助方最终确认", "伙伴关系协议");
      assertThat(browser.text(".names h2.task")).isEqualTo("捐助方最终确认");
      assertThat(browser.text(".names h4.process-definition")).contains("伙伴关系协议");
      assertThat(browser.evaluate("return document.documentElement.lang")).isEqualTo("zh");
      assertThat(browser.evaluate("return document.documentElement.dir")).isEqualTo("ltr");
      browser.screenshot(Path.of("target/screenshots/tasklist-zh.png"));
    }
  }

  @Test
  void theLanguageAUserChoseInAccord_winsOverTheBrowsers_arabicRightToLeft() throws Exception {
    String taskId = donorSignOffTask();
    api.put("gsma", "/api/users/gsma/language", Map.of("language", "ar"));

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logInToTasklist("gsma");
      // Tasklist logs in in the browser's language, then loads the page again in the user's.
      browser.await("html[lang=ar][dir=rtl]");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(browser::headerActions, actions -> actions.contains("بدء عملية"));
      browser.openTask(taskId);

      assertThat(browser.taskTabs())
          .as("a partner's representative is not shown the agency's process, in Arabic either")
          .contains("النموذج", "السجل")
          .doesNotContain("المخطط");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> String.join("\n", browser.taskList()), cards -> cards.contains("بعد 14 أيام"));
      assertThat(String.join("\n", browser.taskList()))
          .contains("الموافقة النهائية للجهة المانحة", "اتفاق شراكة")
          .doesNotContain("Donor sign-off");
      assertThat(browser.text(".names h2.task")).isEqualTo("الموافقة النهائية للجهة المانحة");
      assertThat(browser.text(".names h4.process-definition")).contains("اتفاق شراكة");
      // Accord's filters and the agreement's columns under each task, in Arabic too.
      assertThat(browser.text("body"))
          .contains("مهام مجموعاتي", "مهامي", "المرجع")
          .doesNotContain("My group's tasks");
      assertThat(browser.text("footer")).contains("مدعوم من");
      browser.screenshot(Path.of("target/screenshots/tasklist-ar.png"));

      browser.openPage("/camunda/app/welcome/default/", "html[lang=ar][dir=rtl]");
      assertThat(browser.text("footer")).contains("مدعوم من");
      browser.screenshot(Path.of("target/screenshots/welcome-ar.png"));
    }
  }

  @Test
  void aRussianBrowser_getsTasklistInRussian_itsFiltersTasksAndColumnsToo() throws Exception {
    String taskId = donorSignOffTask();

    try (Browser browser = Browser.open(port, "ru-RU")) {
      browser.logInToTasklist("gsma");
      assertThat(browser.headerActions()).contains("Запустить процесс");
      browser.openTask(taskId);

      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.text("body"), page -> page.contains("Задачи моих групп"));
      assertThat(browser.text("body"))
          .contains("Задачи моих групп", "Мои задачи", "Скоро срок", "Номер")
          .doesNotContain("My group's tasks", "Donor sign-off");
      assertThat(browser.evaluate("return document.documentElement.lang")).isEqualTo("ru");
      browser.screenshot(Path.of("target/screenshots/tasklist-ru.png"));
    }
  }

  @Test
  void cockpitInTheBrowsersChinese_andAdminInTheArabicTheUserChose_rightToLeft() throws Exception {
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logInToTasklist("admin");
      browser.openPage("/camunda/app/cockpit/default/", "html[lang=zh][dir=ltr]");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.text("body"), page -> page.contains("流程") && page.contains("部署"));
      browser.screenshot(Path.of("target/screenshots/cockpit-zh.png"));

      api.put("admin", "/api/users/admin/language", Map.of("language", "ar"));
      try {
        browser.openPage("/camunda/app/admin/default/", "html[lang=ar][dir=rtl]");
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> browser.text("body"), page -> page.contains("المستخدمون"));
        browser.screenshot(Path.of("target/screenshots/admin-ar.png"));
      } finally {
        api.delete("admin", "/api/users/admin/language");
      }
    }
  }

  private String donorSignOffTask() {
    String reference = api.toDonorSignOff("GSMA", "5200.00");
    return (String) api.tasks("gsma", reference, DONOR_SIGN_OFF).get(0).get("id");
  }
}
