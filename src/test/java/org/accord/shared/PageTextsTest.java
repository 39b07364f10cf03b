package org.accord.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardControllerTest {

  @Test
  void figuresEmbeddedInThePage_cannotCloseTheirScriptElement() {
    String hostile = "</script><script>alert(1)</script> & \u2028";

    String embedded = DashboardController.scriptSafe("{\"title\":\"" + hostile + "\"}");

    assertThat(embedded)
        .doesNotContain("<", ">", "&", "\u2028")
        .isEqualTo(
            "{\"title\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                + " \\u0026 \\u2028\"}");
  }
}
