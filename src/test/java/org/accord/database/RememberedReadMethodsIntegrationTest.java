package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.testing.AccordIntegrationTest;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.junit.jupiter.api.Test;

@AccordIntegrationTest
class RememberedReadMethodsIntegrationTest {

  @Test
  void theEnginesQueriesAreReadByMyBatisExpressions_throughTheRememberingAccessor()
      throws Exception {
    // OGNL keeps the accessor it found first for each class: none was read before the engine's
    // plugin set it, in this context or any other started before it in the same JVM.
    assertThat(OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class))
        .isInstanceOf(RememberedReadMethods.Accessor.class);
    assertThat(OgnlRuntime.getPropertyAccessor(AuthorizationCheck.class))
        .isInstanceOf(RememberedReadMethods.Accessor.class);
  }
}
