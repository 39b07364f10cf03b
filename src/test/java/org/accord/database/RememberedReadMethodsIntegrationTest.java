package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.testing.AccordIntegrationTest;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;

@AccordIntegrationTest
class RememberedReadMethodsIntegrationTest {

  @Test
  void tasklistsQueriesAreReadByMyBatisExpressions_throughTheRememberingAccessor()
      throws Exception {
    // Whatever engines ran queries earlier in this JVM (process tests build their own).
    for (Class<?> query : RememberedReadMethods.TASKLISTS_QUERIES) {
      assertThat(OgnlRuntime.getPropertyAccessor(query))
          .as(query.getSimpleName())
          .isInstanceOf(RememberedReadMethods.Accessor.class);
    }
  }
}
