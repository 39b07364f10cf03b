package org.accord.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.accord.testing.Api;
import org.springframework.http.ResponseEntity;

/** Plans made for a test: each its own code, and a period after every plan there is. */
final class TestPlans {

  private TestPlans() {}

  /** A manager's new plan of four years; returns its code. */
  static String newPlan(Api api, String prefix) {
    return newPlan(api, prefix, 4);
  }

  /** A manager's new plan of so many years, after every plan there is; returns its code. */
  static String newPlan(Api api, String prefix, int years) {
    int first =
        api.getList("manager", "/api/plans").getBody().stream()
                .mapToInt(plan -> (Integer) plan.get("lastYear"))
                .max()
                .orElse(2029)
            + 1;
    String code = code(prefix);
    ResponseEntity<Map<String, Object>> created =
        api.post("manager", "/api/plans", body(code, first, first + years - 1));
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return code;
  }

  static Map<String, Object> body(String code, int first, int last) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("title", "Plan " + code);
    body.put("firstYear", first);
    body.put("lastYear", last);
    return body;
  }

  static String code(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static int firstYear(Api api, String plan) {
    return (Integer) api.get("officer", "/api/plans/" + plan).getBody().get("firstYear");
  }
}
