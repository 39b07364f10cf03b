package org.accord.testing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.DecisionRulesPlugin;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The engine for process tests: in-memory H2, configured like the application where it matters
 * (full history, JSON variables, no Java serialization), with process coverage reported in
 * target/process-test-coverage.
 */
public final class ProcessTests {

  private static final AtomicInteger ENGINES = new AtomicInteger();

  private ProcessTests() {}

  /**
   * An engine that fails the test class unless its tests pass through every element and flow of the
   * processes it deploys, except the called processes it names (tested in their own class).
   */
  public static ProcessEngineCoverageExtension engine(String... calledProcesses) {
    return engine(List.of(), calledProcesses);
  }

  /**
   * The same, holding the decision rules these configurations declare (the feature's {@code
   * *DecisionRules}), as production does: a completion without the comment a decision requires is
   * refused here too.
   */
  public static ProcessEngineCoverageExtension engine(
      List<Object> decisionRules, String... calledProcesses) {
    ProcessCoverageInMemProcessEngineConfiguration configuration =
        new ProcessCoverageInMemProcessEngineConfiguration();
    // One in-memory database per test class: each class builds its own engine.
    String name = "accord-process-tests-" + ENGINES.incrementAndGet();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setProcessEnginePlugins(
        List.of(new SpinProcessEnginePlugin(), new DecisionRulesPlugin(rulesOf(decisionRules))));
    return (ProcessEngineCoverageExtension)
        ProcessEngineCoverageExtension.Companion.builder(configuration)
            .excludeProcessDefinitionKeys(calledProcesses)
            .assertClassCoverageAtLeast(1.0)
            .build();
  }

  /** The rules each configuration's {@code @Bean} methods make. */
  private static List<DecisionRule> rulesOf(List<Object> configurations) {
    List<DecisionRule> rules = new ArrayList<>();
    for (Object configuration : configurations) {
      for (Method method : configuration.getClass().getDeclaredMethods()) {
        if (method.getReturnType() == DecisionRule.class && method.getParameterCount() == 0) {
          try {
            method.setAccessible(true);
            rules.add((DecisionRule) method.invoke(configuration));
          } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
          }
        }
      }
    }
    return rules;
  }
}
