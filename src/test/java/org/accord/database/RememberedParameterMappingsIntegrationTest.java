package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.accord.tasklist.BoundedTaskCounts;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every statement the engine runs in an agreement's life (proposal to an accepted report, through
 * the REST APIs, and Tasklist's filters with their counts for an officer and a donor) is bound both
 * ways as it runs: through the remembered parse, and through MyBatis' own dynamic SQL source. Same
 * SQL, and the same parameters with the same types and type handlers, every time.
 */
@AccordIntegrationTest
class RememberedParameterMappingsIntegrationTest {

  private static final String TASKS = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
  private static final String FIRST_ROWS =
      "org.accord.tasklist.BoundedTaskCount.selectFirstTaskRows";

  @Autowired Api api;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;

  @Test
  void everyStatementOfAnAgreementsLife_isBoundAsMyBatisBindsIt() {
    BothWays bothWays = new BothWays();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory()
        .getConfiguration()
        .addInterceptor(bothWays);
    try {
      String partner = api.newPartnerWithRepresentative("RP");
      String reference = api.toActive(partner, "120000.00");
      api.reportAccepted(reference, 1, "15000.00");
      tasklist("officer", List.of("partnership-officers"));
      tasklist(Api.representativeOf(partner), List.of("donor-" + partner));
      tasklist("officer", List.of("partnership-officers"));
    } finally {
      bothWays.comparing = false;
    }

    assertThat(bothWays.differences).isEmpty();
    assertThat(bothWays.compared.keySet())
        .as("statements compared")
        .hasSizeGreaterThan(20)
        .contains(
            TASKS + "selectTaskByQueryCriteria",
            TASKS + "selectTaskCountByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity"
                + ".isUserAuthorizedForResource",
            FIRST_ROWS);
    long bindings = bothWays.compared.values().stream().mapToInt(List::size).sum();
    long shapes =
        bothWays.compared.values().stream()
            .mapToLong(each -> each.stream().distinct().count())
            .sum();
    assertThat(bindings).as("bindings compared").isGreaterThan(200);
    assertThat(shapes)
        .as("of as many shapes: most bindings were of one seen before")
        .isLessThan(bindings / 2);
  }

  /** The filters, each filter's count up to Tasklist's bound, and its first page. */
  private void tasklist(String user, List<String> groups) {
    identityService.setAuthentication(new Authentication(user, groups));
    try (BoundedTaskCounts.Scope bounded = BoundedTaskCounts.upTo(BoundedTaskCounts.TASKLIST)) {
      for (Filter filter : engine.getFilterService().createTaskFilterQuery().listPage(0, 100)) {
        engine.getFilterService().count(filter.getId());
        engine.getFilterService().listPage(filter.getId(), 0, 15);
      }
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Intercepts({
    @Signature(
        type = Executor.class,
        method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(
        type = Executor.class,
        method = "update",
        args = {MappedStatement.class, Object.class})
  })
  static class BothWays implements Interceptor {

    /** Inert once the test is over: the engine, shared with later tests, keeps its interceptors. */
    volatile boolean comparing = true;

    final Map<String, List<String>> compared = new ConcurrentHashMap<>();
    final Set<String> differences = new TreeSet<>();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
      Object parameter = invocation.getArgs()[1];
      if (comparing) {
        compare(statement, parameter);
        // Tasklist's bounded count runs below this interceptor: its statement, for the same query.
        if (parameter instanceof TaskQueryImpl) {
          compare(statement.getConfiguration().getMappedStatement(FIRST_ROWS), parameter);
        }
      }
      return invocation.proceed();
    }

    private void compare(MappedStatement statement, Object parameter) {
      if (statement.getSqlSource() instanceof RememberedParameterMappings.ParsedOnce remembered) {
        String ours = described(remembered.getBoundSql(parameter));
        String mybatis = described(remembered.original().getBoundSql(parameter));
        if (!ours.equals(mybatis)) {
          synchronized (differences) {
            differences.add(statement.getId() + "\n" + ours + "\n---\n" + mybatis);
          }
        }
        compared.computeIfAbsent(statement.getId(), id -> new CopyOnWriteArrayList<>()).add(ours);
      }
    }

    private static String described(BoundSql bound) {
      return bound.getSql()
          + "\n"
          + bound.getParameterMappings().stream()
              .map(
                  mapping ->
                      String.join(
                          " ",
                          mapping.getProperty(),
                          String.valueOf(mapping.getJavaType()),
                          String.valueOf(mapping.getJdbcType()),
                          String.valueOf(mapping.getJdbcTypeName()),
                          mapping.getTypeHandler() == null
                              ? "-"
                              : mapping.getTypeHandler().getClass().getName(),
                          String.valueOf(mapping.getMode()),
                          String.valueOf(mapping.getNumericScale()),
                          String.valueOf(mapping.getResultMapId()),
                          String.valueOf(mapping.getExpression())))
              .collect(Collectors.joining("\n"));
    }
  }
}
