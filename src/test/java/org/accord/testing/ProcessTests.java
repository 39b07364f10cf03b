package org.accord.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.security.AgencyOnlyVariablesPlugin;
import org.accord.shared.process.AgencyOnlyVariables;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.DecisionRulesPlugin;
import org.accord.shared.process.TaskInputs;
import org.accord.shared.process.TaskInputsPlugin;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The engine for process tests: in-memory H2, configured like the application where it matters
 * (full history, JSON variables, no Java serialization, the plugins that decide a task's outcome),
 * with process coverage reported in target/process-test-coverage.
 */
public final class ProcessTests {

  private static final AtomicInteger ENGINES = new AtomicInteger();

  private ProcessTests() {}

  /**
   * An engine that fails the test class unless its tests pass through every element and flow of the
   * processes it deploys, except the called processes it names (tested in their own class).
   *
   * <p>It runs the engine plugins of production that decide a task's outcome and need nothing but
   * what the features declare, with every declaration the features make (each {@code @Bean} of a
   * {@code @Configuration} under {@code org.accord} that makes a {@link DecisionRule}, {@link
   * TaskInputs} or {@link AgencyOnlyVariables}), as production does:
   *
   * <ul>
   *   <li>{@link DecisionRulesPlugin}: a completion without a decision from the task's set, or
   *       without the comment it requires, is refused;
   *   <li>{@link TaskInputsPlugin}: a completion that sets a variable its task does not declare is
   *       refused;
   *   <li>{@link AgencyOnlyVariablesPlugin}: a partner's task finds the agency's variables gone, so
   *       a later step that reads one of them fails here too.
   * </ul>
   *
   * <p>Those that also change outcomes but need the application's services and database are left to
   * the integration tests on the whole application: the separation of duties ({@code DutiesPlugin},
   * {@code ClaimsPlugin}: the agreement's recorded decisions), the uninvolved deputyship approver
   * ({@code UninvolvedApproverPlugin}: the deputyships' records), deputies ({@code DeputiesPlugin}:
   * the deputyships in force) and the reports' recording ({@code ReportRecordingPlugin}: the
   * agreement's indicators). The others only notify, measure or tune the engine.
   */
  public static ProcessEngineCoverageExtension engine(String... calledProcesses) {
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
        List.of(
            new SpinProcessEnginePlugin(),
            new DecisionRulesPlugin(declared(DecisionRule.class)),
            new TaskInputsPlugin(declared(TaskInputs.class)),
            new AgencyOnlyVariablesPlugin(declared(AgencyOnlyVariables.class))));
    return (ProcessEngineCoverageExtension)
        ProcessEngineCoverageExtension.Companion.builder(configuration)
            .excludeProcessDefinitionKeys(calledProcesses)
            .assertClassCoverageAtLeast(1.0)
            .build();
  }

  /**
   * What the features' configurations declare of this type, made by their {@code @Bean} methods.
   */
  private static <T> List<T> declared(Class<T> type) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
    List<T> declared = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("org.accord")) {
      Class<?> configuration = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      for (Method method : configuration.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Bean.class) && method.getReturnType() == type) {
          if (method.getParameterCount() > 0) {
            throw new IllegalStateException(
                method + " needs beans: declare " + type.getSimpleName() + " without them");
          }
          declared.add(type.cast(invoke(configuration, method)));
        }
      }
    }
    if (declared.isEmpty()) {
      throw new IllegalStateException("no configuration declares a " + type.getSimpleName());
    }
    return declared;
  }

  private static Object invoke(Class<?> configuration, Method method) {
    try {
      Constructor<?> constructor = configuration.getDeclaredConstructor();
      constructor.setAccessible(true);
      method.setAccessible(true);
      return method.invoke(constructor.newInstance());
    } catch (ReflectiveOperationException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
