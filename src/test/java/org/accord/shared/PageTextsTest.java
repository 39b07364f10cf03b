package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextsTest {

  @Test
  void jsonEmbeddedInAPage_cannotCloseItsScriptElement() {
    String hostile = "</script><script>alert(1)</script> & \u2028";

    String embedded = PageTexts.scriptSafe("{\"title\":\"" + hostile + "\"}");

    assertThat(embedded)
        .doesNotContain("<", ">", "&", "\u2028")
        .isEqualTo(
            "{\"title\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                + " \\u0026 \\u2028\"}");
  }

  @Test
  void aPageInArabic_isRightToLeft_withItsWordsEscapedAndItsBundleForTheScript() {
    String html =
        "<html lang=\"{{lang}}\" dir=\"{{dir}}\"><h1>{{heading}}</h1>"
            + "<script type=\"application/json\" id=\"texts\">/*texts*/</script>";

    String filled = PageTexts.of("language", Language.AR).fill(html);

    assertThat(filled)
        .startsWith("<html lang=\"ar\" dir=\"rtl\"><h1>لغتك</h1>")
        .contains("\"heading\":\"لغتك\"");
    assertThat(PageTexts.of("language", Language.FR).fill("<p>{{hint}}</p>"))
        .contains("s&#39;adresse");
  }

  @Test
  void aWordThePageNamesButItsBundleLacks_isADefect() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PageTexts.of("language", Language.EN).fill("{{no.such.key}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
  }
}
